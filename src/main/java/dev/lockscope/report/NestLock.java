package dev.lockscope.report;

/** The nest lock a nested-lock-not-taken report names: its map name as printed, and the line. */
public record NestLock(String name, int inputLine) {}
