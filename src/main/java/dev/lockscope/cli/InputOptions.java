package dev.lockscope.cli;

import dev.lockscope.explain.OutputFormat;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by check and explain. */
final class InputOptions {

  enum ColorMode {
    AUTO,
    ALWAYS,
    NEVER
  }

  @Parameters(
      paramLabel = "FILE",
      description = "Files to read: a bare report, a console log, a syzbot mail, dmesg or journal output. "
          + "'-' or no FILE reads standard input.")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "text",
      converter = FormatConverter.class,
      description = "Output format: text, json or markdown (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @picocli.CommandLine.Mixin RulesOption rules;

  @Option(
      names = "--color",
      defaultValue = "auto",
      converter = ColorConverter.class,
      description = "Colour the text output: auto (only on a terminal, never with NO_COLOR set), always, never.")
  ColorMode color;

  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      return choice(OutputFormat.class, value);
    }
  }

  static final class ColorConverter implements picocli.CommandLine.ITypeConverter<ColorMode> {
    @Override
    public ColorMode convert(String value) {
      return choice(ColorMode.class, value);
    }
  }

  /** Parses one of an enum's values written in lower case, listing them all when it fails. */
  static <E extends Enum<E>> E choice(Class<E> type, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    throw new picocli.CommandLine.TypeConversionException(
        "'" + value + "' is not one of "
            + java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(java.util.Locale.ROOT))
                .toList());
  }
}
