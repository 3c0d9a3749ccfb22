package dev.lockscope.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A malformed or contradictory rules file is rejected at load, in one line naming the file and the
 * line at fault: the row that repeats a key (whether it says the same or the opposite), names a
 * report kind that does not exist, names a lock type, built-in lock or wait type no row defines,
 * or does not parse.
 */
class RulesValidationTest {

  @TempDir Path rules;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "primitive twice, contradicting | primitives.tsv | spin_lock spin_lock spinlock none write -\\nspin_lock spin_lock spinlock hardirqs-off write - "
        + "| 2 | 'spin_lock' is already defined at line 1 (a duplicate or a contradiction)",
    "context pattern twice | contexts.tsv | handle_softirqs softirq-entry x\\n# comment\\nhandle_softirqs hardirq-entry y "
        + "| 3 | 'handle_softirqs' is already defined at line 1 (a duplicate or a contradiction)",
    "safe variant twice | safe-variants.tsv | spin_lock SOFTIRQ spin_lock_bh\\nspin_lock SOFTIRQ spin_lock_irq "
        + "| 2 | 'spin_lock SOFTIRQ' is already defined at line 1 (a duplicate or a contradiction)",
    "why text twice | why.tsv | held-lock-freed freed one\\nheld-lock-freed freed two "
        + "| 2 | 'held-lock-freed freed' is already defined at line 1 (a duplicate or a contradiction)",
    "wait type twice | wait-types.tsv | INV 0 0 - yes a\\nINV 1 1 - yes b | 2 | 'INV' is already defined at line 1 (a duplicate or a contradiction)",
    "unknown kind in fix hints | fix-hints.tsv | circular-dependancy * * take the locks in one order "
        + "| 1 | unknown report kind 'circular-dependancy'",
    "unknown kind in a list | title-skip.tsv | ^foo$ invalid-wait-context,lockdep-internals skip it "
        + "| 1 | unknown report kind 'lockdep-internals'",
    "unknown kind in why | why.tsv | held-lock-fred freed text | 1 | unknown report kind 'held-lock-fred'",
    "bad regex | title-skip.tsv | foo( * foo why | 1 | bad pattern 'foo(': Unclosed group",
    "too few columns | primitives.tsv | spin_lock spin_lock | 1 | expected 6 columns, found 2",
    "built-in lock of an unknown type | builtin-locks.tsv | rcu_read_lock no_such_type "
        + "| 1 | built-in lock rcu_read_lock names unknown lock type 'no_such_type'",
    "lock type of an unknown wait type | lock-types.tsv | spinlock_t WAITY - normal spins "
        + "| 1 | lock type spinlock_t names unknown wait type 'WAITY'",
  })
  void rejectedWithFileAndLine(String name, String file, String text, int line, String message) throws IOException {
    Files.writeString(rules.resolve(file), text.replace("\\n", "\n"), StandardCharsets.UTF_8);
    RulesException e = assertThrows(RulesException.class, () -> RulesLoader.load(Optional.of(rules)));
    assertEquals(rules.resolve(file) + ":" + line + ": " + message, e.getMessage());
  }
}
