package io.breadthflow.cli.bench;

import io.breadthflow.cli.Folders;
import io.breadthflow.cli.UsageException;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The engines a benchmark measures and a fresh, empty database of each for every measurement: a
 * DuckDB file in a temporary folder, or a PostgreSQL database created on the admin database's
 * server and dropped afterwards (a picocli mixin: {@code --engines}, {@code --postgres}, {@code
 * --postgres-user}; the password, if any, from {@code BF_STORE_PASSWORD}).
 */
public final class BenchDatabases {
  /** Store engines a benchmark can measure. */
  public enum Engine {
    duckdb,
    postgresql
  }

  @Option(
      names = "--engines",
      split = ",",
      defaultValue = "duckdb,postgresql",
      description = "Engines to measure (default ${DEFAULT-VALUE}).")
  private List<Engine> engines;

  @Option(
      names = "--postgres",
      paramLabel = "JDBC_URL",
      defaultValue = "jdbc:postgresql://127.0.0.1:5432/postgres",
      description = "PostgreSQL server (an admin database) to create benchmark databases on.")
  private String postgres;

  @Option(names = "--postgres-user", defaultValue = "postgres", description = "PostgreSQL user.")
  private String postgresUser;

  /** The engines asked for, in order. */
  public List<Engine> engines() {
    return engines;
  }

  /** Runs {@code measurement} on a new, empty database of {@code engine}, dropped afterwards. */
  public <T> T fresh(Engine engine, Function<StoreConfig, T> measurement) throws Exception {
    if (engine == Engine.duckdb) {
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
}
