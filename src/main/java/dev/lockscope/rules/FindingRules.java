package dev.lockscope.rules;

import java.util.List;
import java.util.Optional;

/**
 * The knowledge behind the single-event lockdep findings (wait context, unlock balance, freed and
 * leaked locks, RCU usage, validator limits): syzbot title formats, wait-type numbering, RCU
 * messages, lockdep's table limits, the functions each kind is reported from and the frames that
 * end a task's stack besides the process-entry ones, and why each kind is a bug. Loaded from
 * {@code rules/} by {@link RulesLoader} as part of the {@link RuleSet}.
 */
public record FindingRules(
    List<TitleFormat> titleFormats,
    List<WaitType> waitTypes,
    List<LockWaitType> lockWaitTypes,
    List<RcuMessage> rcuMessages,
    List<LockdepLimit> limits,
    List<ReportPath> reportPaths,
    List<StackBottom> stackBottoms,
    List<WhyText> whyTexts) {

  public FindingRules {
    titleFormats = List.copyOf(titleFormats);
    waitTypes = List.copyOf(waitTypes);
    lockWaitTypes = List.copyOf(lockWaitTypes);
    rcuMessages = List.copyOf(rcuMessages);
    limits = List.copyOf(limits);
    reportPaths = List.copyOf(reportPaths);
    stackBottoms = List.copyOf(stackBottoms);
    whyTexts = List.copyOf(whyTexts);
  }

  /** Why a report of this kind and case is a bug: the row of the case, else the {@code *} row. */
  public Optional<String> why(String kindId, String kase) {
    return whyTexts.stream()
        .filter(w -> w.kind().equals(kindId) && w.kase().equals(kase))
        .findFirst()
        .or(() -> whyTexts.stream().filter(w -> w.kind().equals(kindId) && w.kase().equals("*")).findFirst())
        .map(WhyText::text);
  }

  /** The title rows of a kind, in file order. */
  public List<TitleFormat> titleFormats(String kindId) {
    return titleFormats.stream().filter(f -> f.kind().equals(kindId)).toList();
  }

  public Optional<WaitType> waitType(String name) {
    return waitTypes.stream().filter(w -> w.name().equals(name)).findFirst();
  }

  /** The wait types a lock of this class and lock type can have; empty when unknown. */
  public List<WaitType> waitTypesOf(String className, String lockType) {
    return lockWaitTypes.stream()
        .filter(l -> l.appliesTo(className, lockType))
        .findFirst()
        .map(l -> l.waitTypes().stream().map(this::waitType).flatMap(Optional::stream).toList())
        .orElse(List.of());
  }

  /**
   * Whether a waiter for a lock of this class and lock type sleeps (every wait type it can have is
   * lockdep's {@code LD_WAIT_SLEEP}) rather than spins; false when unknown.
   */
  public boolean waiterSleeps(String className, String lockType) {
    List<WaitType> types = waitTypesOf(className, lockType);
    return !types.isEmpty() && types.stream().allMatch(w -> w.name().equals("SLEEP"));
  }

  /** The first row whose pattern is found in a suspicious-RCU message. */
  public Optional<RcuMessage> rcuMessage(String message) {
    return rcuMessages.stream().filter(r -> r.pattern().matcher(message).find()).findFirst();
  }

  public Optional<LockdepLimit> limit(String name) {
    return limits.stream().filter(l -> l.limit().equals(name)).findFirst();
  }

  /** Whether lockdep raises reports of this kind from {@code function}. */
  public boolean reportsFrom(String kindId, String function) {
    return reportPaths.stream().anyMatch(p -> p.kind().equals(kindId) && p.function().matches(function));
  }

  /** Whether any reporting function is known for the kind. */
  public boolean hasReportPath(String kindId) {
    return reportPaths.stream().anyMatch(p -> p.kind().equals(kindId));
  }
}
