import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top entries of a JFR recording's CPU samples (jdk.ExecutionSample): the methods that the
 * most samples were in (self), the lockscope methods they were in or called from, and the lockscope
 * methods that the most samples passed through (total).
 *
 *   java src/bench/JfrTop.java RECORDING.jfr [N]
 */
public final class JfrTop {

  private static final String OWN = "dev.lockscope.";

  public static void main(String[] args) throws IOException {
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> total = new HashMap<>();
    Map<String, Integer> own = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
        continue;
      }
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      if (frames.isEmpty()) {
        continue;
      }
      samples++;
      self.merge(name(frames.get(0)), 1, Integer::sum);
      frames.stream().map(JfrTop::name).filter(n -> n.startsWith(OWN)).findFirst().ifPresent(n -> own.merge(n, 1, Integer::sum));
      Set<String> seen = new HashSet<>();
      for (RecordedFrame frame : frames) {
        if (seen.add(name(frame))) {
          total.merge(name(frame), 1, Integer::sum);
        }
      }
    }
    System.out.printf("%d samples%n%nself:%n", samples);
    print(self, samples, top);
    System.out.printf("%nself, a library's time given to the lockscope method that called it:%n");
    print(own, samples, top);
    System.out.printf("%ntotal, lockscope methods below the batch's workers:%n");
    total.keySet().removeIf(n -> !n.startsWith(OWN) || n.contains("$$Lambda") || n.startsWith(OWN + "batch.SourceTask")
        || n.startsWith(OWN + "batch.Batch"));
    print(total, samples, top);
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private static void print(Map<String, Integer> counts, int samples, int top) {
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
  }
}
