package dev.cluster.testing;

/**
 * What a run of the {@code cluster} command line gave: exit code, standard output, standard error.
 */
public record CliResult(int exit, String out, String err) {}
