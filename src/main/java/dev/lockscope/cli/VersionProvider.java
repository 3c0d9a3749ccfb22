package dev.lockscope.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest (filled in by Maven). */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"lockscope " + (version == null ? "(development build)" : version)};
  }
}
