package dev.lockscope.engine;

/**
 * A held or acquired lock as a report prints it ({@code print_lock}): the instance address, its
 * class at the moment of the report, and where it was acquired.
 */
public record LockView(long address, ClassView lockClass, Site acquiredAt) {}
