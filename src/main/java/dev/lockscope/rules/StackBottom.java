package dev.lockscope.rules;

/** One row of {@code stack-bottoms.tsv}: a frame that ends a task's stack, and why. */
public record StackBottom(NamePattern pattern, String why) {}
