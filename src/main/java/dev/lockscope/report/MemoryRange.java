package dev.lockscope.report;

import java.util.Optional;

/**
 * The memory a held-lock-freed report says is being freed: {@code <from>-<to>}, both inclusive.
 * Kernels from about 4.15 to 5.2 print hashed pointers, which identify an object but cannot be
 * compared as addresses.
 */
public record MemoryRange(String from, String to, int inputLine) {

  /** Whether the bounds are hashed pointers: 64-bit values whose upper half is zero. */
  public boolean hashed() {
    return isHashed(from) || isHashed(to);
  }

  /** Whether {@code address} lies in the range, when both are comparable addresses. */
  public Optional<Boolean> contains(String address) {
    if (hashed() || isHashed(address) || address.length() != from.length()) {
      return Optional.empty();
    }
    long value = Long.parseUnsignedLong(address, 16);
    return Optional.of(
        Long.compareUnsigned(Long.parseUnsignedLong(from, 16), value) <= 0
            && Long.compareUnsigned(value, Long.parseUnsignedLong(to, 16)) <= 0);
  }

  /** Whether {@code from} is not above {@code to}, when comparable. */
  public Optional<Boolean> ordered() {
    if (hashed()) {
      return Optional.empty();
    }
    return Optional.of(Long.compareUnsigned(Long.parseUnsignedLong(from, 16), Long.parseUnsignedLong(to, 16)) <= 0);
  }

  private static boolean isHashed(String address) {
    return address.length() == 16 && address.startsWith("00000000");
  }
}
