#!/bin/sh
# Run by `mvn package` once the jar is built: installs the launcher in TARGET and builds its
# class-data archive (CDS): the classes that training runs of `check` and of `batch` over
# samples/ with every output load, JDK and application alike, parsed, verified and laid out once
# so that every later start maps them. No archive only means a slower start.
set -eu
target=$1
jar="$(cd "$target" && pwd)/lockscope.jar"
cp src/main/sh/lockscope "$target/lockscope"
chmod +x "$target/lockscope"
java=java
[ -n "${JAVA_HOME:-}" ] && java="$JAVA_HOME/bin/java"
training="$target/cds-training"
rm -rf "$training" "$target/lockscope.jsa"
mkdir -p "$training"
train() {
  "$java" -XX:DumpLoadedClassList="$training/$1.classes" -cp "$jar" dev.lockscope.cli.Main "$@" > /dev/null 2>&1 || true
}
train check samples/seed-rxrpc-bisection.log
train batch -q --format jsonl --summary --html "$training/page.html" --out "$training/out.jsonl" samples
cat "$training"/*.classes | awk '!seen[$0]++' > "$training/all.classes"
if ! "$java" -Xshare:dump -XX:SharedClassListFile="$training/all.classes" -XX:SharedArchiveFile="$target/lockscope.jsa" \
    -cp "$jar" > "$training/dump.log" 2>&1; then
  echo "warning: no class-data archive (see $training/dump.log); lockscope starts slower" >&2
fi
