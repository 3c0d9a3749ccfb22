package dev.lockscope.report;

/** The wait-type suffix {@code -{outer:inner}} of kernels 5.7 and later (spec section 2.5). */
public record WaitTypes(int outer, int inner) {}
