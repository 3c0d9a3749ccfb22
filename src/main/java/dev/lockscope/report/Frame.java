package dev.lockscope.report;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One stack frame in any of the printed forms: {@code func+0x51/0xb0 file.c:138},
 * {@code func file.h:338 [inline]}, {@code [<ffffffff8024b4fa>] func+0x8a/0xc0 [module]}, or the
 * 32-bit ARM {@code [<c035e500>] (func+0x60/0x88) from [<...>] (caller)}.
 *
 * @param function the symbol as printed, compiler suffixes included
 * @param offset the {@code +0x51/0xb0} part without the plus, if printed
 * @param file source file, if symbolized
 * @param sourceLine source line, if symbolized
 * @param inline whether the frame is an inlined call ({@code [inline]})
 * @param module the module in brackets, if any
 * @param unreliable whether the unwinder marked it {@code ?} (not to be reasoned about)
 * @param address the {@code [<addr>]} of old formats, if printed
 */
public record Frame(
    String function,
    Optional<String> offset,
    Optional<String> file,
    OptionalInt sourceLine,
    boolean inline,
    Optional<String> module,
    boolean unreliable,
    Optional<String> address,
    int inputLine)
    implements TraceEntry {

  @Override
  public Frame at(int line) {
    return new Frame(function, offset, file, sourceLine, inline, module, unreliable, address, line);
  }

  /** The function name with compiler suffixes ({@code .isra.12}, {@code .cold}) removed. */
  public String baseFunction() {
    String name = function.startsWith(".") && function.length() > 1 ? function.substring(1) : function;
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** {@code file:line} when symbolized, else empty. */
  public Optional<String> location() {
    if (file.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        sourceLine.isPresent() ? file.get() + ":" + sourceLine.getAsInt() : file.get());
  }
}
