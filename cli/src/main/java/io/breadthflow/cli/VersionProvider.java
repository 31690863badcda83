package io.breadthflow.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest, or "development" when run from classes. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = BfCommand.class.getPackage().getImplementationVersion();
    return new String[] {"bf " + (version == null ? "development" : version)};
  }
}
