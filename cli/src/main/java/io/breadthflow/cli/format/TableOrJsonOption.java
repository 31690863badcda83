package io.breadthflow.cli.format;

import picocli.CommandLine.Option;

/** {@code --format table|json}: a readable table (default) or one JSON document. */
public final class TableOrJsonOption {
  /** The choices. */
  enum Format {
    table,
    json
  }

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table or json (default ${DEFAULT-VALUE}).")
  private Format format;

  /** True when JSON was asked for. */
  public boolean json() {
    return format == Format.json;
  }
}
