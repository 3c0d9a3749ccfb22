package dev.lockscope.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The lockscope command line run in-process, for tests of any package: its exit code, output and error output. */
public record CliRun(int code, String out, String err) {

  /** Runs {@code lockscope ARGS} with the process's standard input. */
  public static CliRun of(String... args) {
    CommandLine cli = LockscopeCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Runs {@code lockscope ARGS} with {@code stdin} as standard input. */
  public static CliRun withStdin(String stdin, String... args) {
    return withStdin(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /** Runs {@code lockscope ARGS} with {@code stdin}'s bytes as standard input. */
  public static synchronized CliRun withStdin(byte[] stdin, String... args) {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(stdin));
      return of(args);
    } finally {
      System.setIn(saved);
    }
  }
}
