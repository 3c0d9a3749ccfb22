package dev.lockscope.ingest;

/**
 * What surrounds or mangles a report's lines on their way from the console to the text at hand,
 * and is undone before the report is read. The {@link #id()} strings are part of the JSON output
 * contract ({@code "envelope": [...]}).
 */
public enum Envelope {
  TIMESTAMP("timestamp", "kernel timestamps"),
  HUMAN_TIME("human-time", "dmesg -T or -H wall-clock times"),
  CALLER_ID("caller-id", "printk caller ids"),
  SYSLOG("syslog", "syslog or journal prefixes"),
  SEVERAL_HOSTS("several-hosts", "lines of several hosts, told apart by their syslog host names"),
  CONTINUATION_INDENT("continuation-indent", "journal or dmesg continuation indentation"),
  LOG_LEVEL("log-level", "<N> log levels"),
  DMESG_FACILITY("dmesg-facility", "dmesg -x facility and level columns"),
  MTK_TAG("mtk-tag", "(cpu)[pid:comm] tags"),
  OCTAL_ESCAPE("octal-escape", "rsyslog #012 escapes"),
  HEX_ESCAPE("hex-escape", "\\x0a escapes"),
  CARRIAGE_RETURN("carriage-return", "carriage returns shown as ^M"),
  QUOTED_PRINTABLE("quoted-printable", "quoted-printable encoding (=3D escapes, = soft breaks)"),
  NO_BREAK_SPACE("no-break-space", "no-break spaces of a mail client or a web page"),
  MAIL_QUOTE("mail-quote", "mail quoting (>)"),
  INDENTATION("indentation", "indentation of the whole report"),
  PGP_DASH_ESCAPE("pgp-dash-escape", "PGP dash escaping (- ----)"),
  DOUBLED_BLANK_LINES("doubled-blank-lines", "blank lines doubled by an archive"),
  WRAPPED_LINES("wrapped-lines", "lines wrapped by a mail client or a logger, rejoined");

  private final String id;
  private final String description;

  Envelope(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The stable id printed in the JSON output. */
  public String id() {
    return id;
  }

  /** What was undone, in words. */
  public String description() {
    return description;
  }
}
