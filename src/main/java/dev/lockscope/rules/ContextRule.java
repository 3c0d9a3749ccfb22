package dev.lockscope.rules;

import java.util.Optional;

/** One row of {@code contexts.tsv}: a frame pattern, its role and how to call the place. */
public record ContextRule(NamePattern pattern, FrameRole role, Optional<String> label) {}
