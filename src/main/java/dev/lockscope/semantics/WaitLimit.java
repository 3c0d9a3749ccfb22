package dev.lockscope.semantics;

import dev.lockscope.report.HeldLock;
import java.util.Optional;

/**
 * The strictest wait type allowed at an acquisition (spec section 9): the minimum of the task's
 * wait context and the inner wait type of every held lock that has one, and who set it.
 *
 * @param value the minimum, as printed
 * @param heldLock the held lock that sets it, or empty when the task's context does
 */
public record WaitLimit(int value, Optional<HeldLock> heldLock) {}
