package dev.lockscope.verify;

import dev.lockscope.report.LockLine;
import dev.lockscope.report.LockdepReport;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which components of a report record can hold a {@link LockLine}, worked out once per record
 * type from the component types (through {@code Optional}, {@code List} and the permitted
 * subtypes of sealed interfaces), with their accessors: the frames, strings and numbers that
 * make up most of a report are never visited, and no reflection runs per report.
 */
final class LockHolders {

  private static final String MODEL = LockdepReport.class.getPackageName();

  private static final ClassValue<List<MethodHandle>> ACCESSORS = new ClassValue<>() {
    @Override
    protected List<MethodHandle> computeValue(Class<?> type) {
      return accessors(type);
    }
  };

  private LockHolders() {}

  /** The values of the components of {@code record} that can hold a lock line. */
  static List<Object> componentsOf(Record record) {
    List<MethodHandle> accessors = ACCESSORS.get(record.getClass());
    List<Object> values = new ArrayList<>(accessors.size());
    for (MethodHandle accessor : accessors) {
      values.add(read(accessor, record));
    }
    return values;
  }

  private static Object read(MethodHandle accessor, Record record) {
    try {
      return accessor.invoke(record);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read a component of " + record.getClass().getSimpleName(), e);
    }
  }

  private static List<MethodHandle> accessors(Class<?> type) {
    if (!type.isRecord() || !type.getPackageName().equals(MODEL)) {
      return List.of();
    }
    List<MethodHandle> accessors = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      if (mayHold(component.getGenericType(), new HashSet<>(Set.of(type)))) {
        accessors.add(unreflect(component));
      }
    }
    return List.copyOf(accessors);
  }

  private static MethodHandle unreflect(RecordComponent component) {
    try {
      return MethodHandles.publicLookup().unreflect(component.getAccessor());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of " + component.getDeclaringRecord().getSimpleName(), e);
    }
  }

  /** Whether a value of {@code type} can be or contain a lock line; {@code seen} cuts cycles. */
  private static boolean mayHold(Type type, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      if (raw == Optional.class || raw == List.class) {
        return mayHold(parameterized.getActualTypeArguments()[0], seen);
      }
      return mayHold(raw, seen);
    }
    if (type instanceof WildcardType wildcard) {
      return Arrays.stream(wildcard.getUpperBounds()).anyMatch(bound -> mayHold(bound, seen));
    }
    if (!(type instanceof Class<?> plain) || !plain.getPackageName().equals(MODEL) || !seen.add(plain)) {
      return false;
    }
    if (plain == LockLine.class) {
      return true;
    }
    if (plain.isSealed()) {
      return Arrays.stream(plain.getPermittedSubclasses()).anyMatch(sub -> mayHold(sub, seen));
    }
    return plain.isRecord() && Arrays.stream(plain.getRecordComponents()).anyMatch(c -> mayHold(c.getGenericType(), seen));
  }
}
