package dev.lockscope.verify;

/** One rule of lockdep evaluated on the evidence of one report kind. */
interface Check<E> {

  String id();

  CheckResult check(E evidence);
}
