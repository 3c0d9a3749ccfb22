package dev.lockscope.rules;

/** One row of {@code safe-variants.tsv}: the irq-safe replacement of an api for one irq state. */
public record SafeVariant(String api, String state, String safeApi) {}
