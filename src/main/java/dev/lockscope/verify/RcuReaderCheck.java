package dev.lockscope.verify;

import dev.lockscope.report.HeldLock;
import dev.lockscope.report.HeldLocks;
import dev.lockscope.report.SuspiciousRcu;
import dev.lockscope.rules.RcuMessage;
import java.util.Optional;

/**
 * The held-locks list fits what the message says about RCU readers (spec section 4.13, both
 * heuristics), per {@code rcu-messages.tsv}: an illegal context switch inside a read-side section
 * shows that section's reader map; an {@code rcu_dereference_check()} outside protection or an
 * RCU-list walk outside a reader shows none. Preemptible RCU and {@code preempt_disable()} can
 * make a reader invisible, so a mismatch is a warning.
 */
final class RcuReaderCheck implements FindingCheck<SuspiciousRcu> {

  @Override
  public String id() {
    return "rcu-reader";
  }

  @Override
  public CheckResult check(SuspiciousRcu report, FindingEvidence evidence) {
    String claim = report.site().map(s -> s.message()).orElse("suspicious RCU usage");
    Optional<RcuExpectation> rule = evidence.rcu();
    if (rule.isEmpty() || report.heldLocks().filter(HeldLocks::allPrinted).isEmpty()) {
      return CheckResult.unknown(id(), claim, "no message or no whole held-locks list");
    }
    RcuMessage message = rule.get().message();
    HeldLocks held = report.heldLocks().get();
    if (message.requiredReader().isPresent()) {
      String reader = message.requiredReader().get();
      Optional<HeldLock> found = held.locks().stream().filter(h -> h.lock().name().base().equals(reader)).findFirst();
      return found
          .map(h -> CheckResult.of(id(), true, claim, "#%d is %s".formatted(h.index(), reader), h.lock().inputLine()))
          .orElse(new CheckResult(id(), Status.WARN, claim,
              "%s, none of them %s".formatted(HeldCountCheck.announced(held), reader), held.inputLine()));
    }
    if (!message.forbidsReaders()) {
      return CheckResult.unknown(id(), claim, "the message implies nothing about RCU readers");
    }
    Optional<HeldLock> reader =
        held.locks().stream().filter(h -> rule.get().readerMaps().contains(h.lock().name().base())).findFirst();
    return reader
        .map(h -> new CheckResult(id(), Status.WARN, claim,
            "#%d is %s, an RCU reader".formatted(h.index(), h.lock().name()), h.lock().inputLine()))
        .orElse(CheckResult.of(id(), true, claim, HeldCountCheck.announced(held) + ", no RCU reader among them", held.inputLine()));
  }
}
