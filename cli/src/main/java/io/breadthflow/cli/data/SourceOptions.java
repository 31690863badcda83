package io.breadthflow.cli.data;

import io.breadthflow.app.data.Provider;
import io.breadthflow.app.data.SourceChoice;
import io.breadthflow.cli.convert.ProviderConverter;
import picocli.CommandLine.Option;

/** {@code --source yahoo|alphavantage|sim} and {@code --seed}: the provider a command uses. */
public final class SourceOptions {
  @Option(
      names = "--source",
      defaultValue = "yahoo",
      converter = ProviderConverter.class,
      description = "yahoo, alphavantage or sim (default ${DEFAULT-VALUE}).")
  private Provider source;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of --source sim.")
  private long seed;

  /** The chosen provider. */
  public SourceChoice choice() {
    return new SourceChoice(source, seed);
  }
}
