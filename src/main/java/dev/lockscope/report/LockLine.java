package dev.lockscope.report;

import java.util.List;
import java.util.Optional;

/**
 * A printed lock (spec section 2.6): the lock being acquired or a held lock.
 *
 * @param address the instance address, printed since 4.16
 * @param usage the class's usage string
 * @param waitTypes the class's wait types, printed since 5.7
 * @param sites where the lock was acquired, inlined frames first (a symbolized kernel prints one
 *     line per inlined call, all with the same lock)
 */
public record LockLine(
    Optional<String> address,
    LockClassName name,
    Optional<UsageString> usage,
    Optional<WaitTypes> waitTypes,
    List<Frame> sites,
    int inputLine) {

  public LockLine {
    sites = List.copyOf(sites);
  }

  /** The outermost site that is a real (not inlined) function, where lockdep recorded the acquire. */
  public Optional<Frame> acquireSite() {
    for (int i = sites.size() - 1; i >= 0; i--) {
      if (sites.get(i).offset().isPresent()) {
        return Optional.of(sites.get(i));
      }
    }
    return sites.isEmpty() ? Optional.empty() : Optional.of(sites.get(sites.size() - 1));
  }

  /** The first site printed with an offset ({@code func+0x51/0xb0}), skipping inlined ones. */
  public Optional<Frame> firstOffsetSite() {
    return sites.stream().filter(site -> site.offset().isPresent()).findFirst();
  }

  /** A copy with more inlined sites, for the continuation lines of a symbolized report. */
  LockLine withSite(Frame site) {
    List<Frame> more = new java.util.ArrayList<>(sites);
    more.add(site);
    return new LockLine(address, name, usage, waitTypes, more, inputLine);
  }
}
