package io.breadthflow.cli.bench;

import io.breadthflow.cli.UsageException;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.ingest.csv.CsvFormatException;
import io.breadthflow.ingest.csv.DailyCsvReader;
import io.breadthflow.store.ImportThroughput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bf bench store}: bulk-write throughput into DuckDB and PostgreSQL, each on fresh
 * databases: BreadthFlow's idempotent upsert against a plain batched INSERT (baseline) and the
 * engine's raw bulk path (the limit), plus the time of a data summary.
 */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = "Measures import throughput (bars/s) into DuckDB and PostgreSQL.")
public final class StoreBenchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--bars",
      defaultValue = "10000000",
      description = "Synthetic bars (default ${DEFAULT-VALUE}).")
  private int bars;

  @Option(
      names = "--baseline-bars",
      defaultValue = "20000",
      description = "Bars for the slow batched-INSERT baseline (default ${DEFAULT-VALUE}).")
  private int baselineBars;

  @Option(
      names = "--input",
      paramLabel = "DIR",
      description = "Also measure on these daily CSV files.")
  private Path input;

  @Mixin private BenchDatabases databases;

  @Override
  public Integer call() throws Exception {
    if (bars < 1 || baselineBars < 1) {
      throw new UsageException("--bars and --baseline-bars must be positive");
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "%-10s %-10s %-16s %10s %9s %12s%n",
        "engine",
        "data",
        "method",
        "bars",
        "seconds",
        "bars/s");
    if (input != null) {
      measure(out, "real", readAll(input));
    }
    measure(out, "synthetic", SyntheticBars.generate(bars, 42));
    return 0;
  }

  private void measure(PrintWriter out, String data, List<Bar> all) throws Exception {
    List<Bar> baseline = all.subList(0, Math.min(baselineBars, all.size()));
    for (BenchDatabases.Engine engine : databases.engines()) {
      row(
          out,
          engine,
          data,
          "upsert",
          all.size(),
          databases.fresh(engine, config -> ImportThroughput.upsertSeconds(config, all)));
      row(
          out,
          engine,
          data,
          "raw bulk (limit)",
          all.size(),
          databases.fresh(engine, config -> ImportThroughput.rawBulkSeconds(config, all)));
      row(
          out,
          engine,
          data,
          "batched INSERT",
          baseline.size(),
          databases.fresh(
              engine, config -> ImportThroughput.batchedInsertSeconds(config, baseline)));
      double summary =
          databases.fresh(
              engine,
              config -> {
                ImportThroughput.upsertSeconds(config, all);
                return ImportThroughput.summarySeconds(config);
              });
      out.printf(
          Locale.ROOT,
          "%-10s %-10s %-16s %10d %9.3f %12s%n",
          engine,
          data,
          "summary",
          all.size(),
          summary,
          "");
      out.flush();
    }
  }

  private static void row(
      PrintWriter out,
      BenchDatabases.Engine engine,
      String data,
      String method,
      int count,
      double seconds) {
    out.printf(
        Locale.ROOT,
        "%-10s %-10s %-16s %10d %9.3f %12.0f%n",
        engine,
        data,
        method,
        count,
        seconds,
        count / seconds);
    out.flush();
  }

  private static List<Bar> readAll(Path input) throws IOException {
    List<Bar> all = new ArrayList<>();
    List<Path> files;
    try (var entries = Files.list(input)) {
      files = entries.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
    }
    for (Path file : files) {
      try {
        all.addAll(DailyCsvReader.read(file).bars());
      } catch (CsvFormatException e) {
        throw new UsageException(file + ": " + e.getMessage());
      }
    }
    return all;
  }
}
