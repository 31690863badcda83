package io.breadthflow.cli.bench;

import io.breadthflow.cli.Folders;
import io.breadthflow.cli.UsageException;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.ingest.csv.CsvFormatException;
import io.breadthflow.ingest.csv.DailyCsvReader;
import io.breadthflow.store.ImportThroughput;
import io.breadthflow.store.StoreConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
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

  @Option(
      names = "--postgres",
      paramLabel = "JDBC_URL",
      defaultValue = "jdbc:postgresql://127.0.0.1:5432/postgres",
      description = "PostgreSQL server (an admin database) to create benchmark databases on.")
  private String postgres;

  @Option(
      names = "--engines",
      split = ",",
      defaultValue = "duckdb,postgresql",
      description = "Engines to measure (default ${DEFAULT-VALUE}).")
  private List<Engine> engines;

  /** Store engines the benchmark can measure. */
  enum Engine {
    duckdb,
    postgresql
  }

  @Option(names = "--postgres-user", defaultValue = "postgres", description = "PostgreSQL user.")
  private String postgresUser;

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
    for (String engine : engines.stream().map(Enum::name).toList()) {
      row(
          out,
          engine,
          data,
          "upsert",
          all.size(),
          fresh(engine, config -> ImportThroughput.upsertSeconds(config, all)));
      row(
          out,
          engine,
          data,
          "raw bulk (limit)",
          all.size(),
          fresh(engine, config -> ImportThroughput.rawBulkSeconds(config, all)));
      row(
          out,
          engine,
          data,
          "batched INSERT",
          baseline.size(),
          fresh(engine, config -> ImportThroughput.batchedInsertSeconds(config, baseline)));
      double summary =
          fresh(
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
      PrintWriter out, String engine, String data, String method, int count, double seconds) {
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

  /** Runs {@code measurement} on a new, empty database of {@code engine}, dropped afterwards. */
  private double fresh(String engine, Function<StoreConfig, Double> measurement) throws Exception {
    if (engine.equals("duckdb")) {
      Path dir = Files.createTempDirectory("bf-bench");
      try {
        return measurement.apply(
            new StoreConfig("jdbc:duckdb:" + dir.resolve("bench.duckdb"), "", ""));
      } finally {
        Folders.deleteRecursively(dir);
      }
    }
    String database = "bf_bench_" + System.nanoTime();
    admin("CREATE DATABASE " + database);
    try {
      String url = postgres.substring(0, postgres.lastIndexOf('/') + 1) + database;
      return measurement.apply(
          new StoreConfig(url, postgresUser, System.getenv("BF_STORE_PASSWORD")));
    } finally {
      admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }
  }

  private void admin(String sql) {
    try (Connection connection =
            DriverManager.getConnection(
                postgres, postgresUser, System.getenv("BF_STORE_PASSWORD"));
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new UsageException("PostgreSQL at " + postgres + ": " + e.getMessage());
    }
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
