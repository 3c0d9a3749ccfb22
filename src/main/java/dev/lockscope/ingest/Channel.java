package dev.lockscope.ingest;

/**
 * Who printed a console line, as far as its envelope tells: the mail quote depth, the syslog host
 * and the printk caller id ({@code T123}, {@code C1}) or MTK pid. An empty part is unknown. Lines
 * of one report share a channel: two lines may belong to one report when no part that both know
 * differs.
 */
public record Channel(String quote, String host, String caller) {

  /** The channel of a line that carries no marker at all. */
  public static final Channel NONE = new Channel("", "", "");

  public Channel {
    if (quote == null || host == null || caller == null) {
      throw new IllegalArgumentException("channel parts must not be null");
    }
  }

  /** Whether a line of this channel and one of {@code other} may belong to one report. */
  public boolean compatible(Channel other) {
    return agree(quote, other.quote) && agree(host, other.host) && agree(caller, other.caller);
  }

  private static boolean agree(String a, String b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  /** This channel with the parts it does not know taken from {@code before}, on the same quote depth. */
  Channel inherit(Channel before) {
    if (!quote.equals(before.quote)) {
      return this;
    }
    return new Channel(quote, host.isEmpty() ? before.host : host, caller.isEmpty() ? before.caller : caller);
  }

  Channel withHost(String newHost) {
    return new Channel(quote, newHost, caller);
  }

  Channel withCaller(String newCaller) {
    return new Channel(quote, host, newCaller);
  }

  @Override
  public String toString() {
    return String.join("", quote, host.isEmpty() ? "" : "@" + host, caller);
  }
}
