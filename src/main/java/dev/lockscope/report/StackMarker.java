package dev.lockscope.report;

/**
 * A stack marker printed by the x86 unwinder: {@code <IRQ>}, {@code </IRQ>}, {@code <TASK>},
 * {@code <NMI>}, {@code <EOI>}, {@code <SOFTIRQ>} and their closing forms.
 *
 * @param name the marker without brackets, closing markers with their slash ({@code /IRQ})
 */
public record StackMarker(String name, int inputLine) implements TraceEntry {

  public boolean closing() {
    return name.startsWith("/");
  }

  @Override
  public StackMarker at(int line) {
    return new StackMarker(name, line);
  }
}
