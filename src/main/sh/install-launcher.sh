#!/bin/sh
# Run by `mvn package` once the jar is built: installs the launcher in TARGET and builds its
# class-data archive (CDS) from a training run of `batch` over samples/ with every output, which
# loads nearly every class any command needs. No archive only means a slower start.
set -eu
target=$1
cp src/main/sh/lockscope "$target/lockscope"
chmod +x "$target/lockscope"
rm -f "$target/lockscope.jsa"
mkdir -p "$target/cds-training"
java=java
[ -n "${JAVA_HOME:-}" ] && java="$JAVA_HOME/bin/java"
if ! "$java" -XX:ArchiveClassesAtExit="$target/lockscope.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$target/lockscope.jar" batch -q --format jsonl --summary \
    --html "$target/cds-training/page.html" --out "$target/cds-training/out.jsonl" samples; then
  [ -f "$target/lockscope.jsa" ] || echo "warning: no class-data archive; lockscope starts slower" >&2
fi
