package dev.lockscope.report;

import java.util.Optional;

/**
 * One line of a "Possible unsafe locking scenario" table.
 *
 * @param cpu the column: 0 for CPU0, 1 for CPU1
 * @param action {@code lock}, {@code rlock}, {@code sync}, {@code <Interrupt>} or
 *     {@code local_irq_disable}
 * @param lock the lock named in {@code lock(...)}, if the action names one
 * @param interrupted whether the line is indented under an {@code <Interrupt>} line
 */
public record ScenarioStep(
    int cpu, String action, Optional<LockClassName> lock, boolean interrupted, int inputLine) {}
