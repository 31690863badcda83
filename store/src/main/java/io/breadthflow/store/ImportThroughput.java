package io.breadthflow.store;

import io.breadthflow.core.domain.Bar;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.postgresql.PGConnection;

/**
 * Measures bulk-write paths into an empty store, for {@code bf bench store}: BreadthFlow's
 * idempotent upsert, a plain batched {@code INSERT} (the baseline most code uses) and the engine's
 * raw bulk interface straight into {@code bars} (DuckDB appender, PostgreSQL {@code COPY}): the
 * limit an upsert can approach. Loads go in chunks of 500,000 bars, as the importer batches. Each
 * call times one load; the caller supplies fresh databases.
 */
public final class ImportThroughput {
  private static final int INSERT_BATCH = 10_000;
  private static final int CHUNK = 500_000;

  private ImportThroughput() {}

  /**
   * Seconds for {@link MarketStore#upsertBars} of {@code bars} into the store at {@code config}.
   */
  public static double upsertSeconds(StoreConfig config, List<Bar> bars) {
    try (MarketStore store = MarketStores.open(config)) {
      long start = System.nanoTime();
      for (List<Bar> chunk : chunks(bars)) {
        store.upsertBars(chunk);
      }
      return (System.nanoTime() - start) / 1e9;
    }
  }

  /** Seconds for a plain batched {@code INSERT} (batches of 10,000) into the migrated schema. */
  public static double batchedInsertSeconds(StoreConfig config, List<Bar> bars) {
    MarketStores.open(config).close();
    try (ConnectionSource connections = connections(config);
        Connection connection = connections.open();
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO bars (symbol, bar_interval, ts, session_date, open, high, low, close,"
                    + " volume, vwap, trade_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      connection.setAutoCommit(false);
      long start = System.nanoTime();
      int pending = 0;
      for (Bar bar : bars) {
        insert.setString(1, bar.symbol());
        insert.setString(2, bar.interval().code());
        insert.setObject(3, LocalDateTime.ofInstant(bar.start(), ZoneOffset.UTC));
        insert.setObject(4, bar.sessionDate());
        insert.setDouble(5, bar.open());
        insert.setDouble(6, bar.high());
        insert.setDouble(7, bar.low());
        insert.setDouble(8, bar.close());
        insert.setDouble(9, bar.volume());
        insert.setObject(10, bar.hasVwap() ? bar.vwap() : null);
        insert.setObject(11, bar.hasTradeCount() ? bar.tradeCount() : null);
        insert.addBatch();
        if (++pending == INSERT_BATCH) {
          insert.executeBatch();
          pending = 0;
        }
      }
      insert.executeBatch();
      connection.commit();
      return (System.nanoTime() - start) / 1e9;
    } catch (SQLException e) {
      throw new StoreException("batched insert benchmark", e);
    }
  }

  /** Seconds for the engine's raw bulk path straight into {@code bars}, without merge. */
  public static double rawBulkSeconds(StoreConfig config, List<Bar> bars) {
    MarketStores.open(config).close();
    try (ConnectionSource connections = connections(config);
        Connection connection = connections.open()) {
      connection.setAutoCommit(false);
      long start = System.nanoTime();
      if (config.kind() == StoreKind.DUCKDB) {
        try (DuckDBAppender appender =
            connection.unwrap(DuckDBConnection.class).createAppender("main", "bars")) {
          for (Bar bar : bars) {
            BarRows.append(appender, bar);
          }
        }
      } else {
        for (List<Bar> chunk : chunks(bars)) {
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn(
                  "COPY bars FROM STDIN (FORMAT csv)",
                  new StringReader(PostgresBarLoader.csv(chunk)));
        }
      }
      connection.commit();
      return (System.nanoTime() - start) / 1e9;
    } catch (SQLException | IOException e) {
      throw new StoreException("raw bulk benchmark", e);
    }
  }

  /** Seconds for {@link MarketStore#dailySummary} on the store at {@code config}. */
  public static double summarySeconds(StoreConfig config) {
    try (MarketStore store = MarketStores.open(config)) {
      long start = System.nanoTime();
      store.dailySummary();
      return (System.nanoTime() - start) / 1e9;
    }
  }

  private static List<List<Bar>> chunks(List<Bar> bars) {
    List<List<Bar>> chunks = new java.util.ArrayList<>();
    for (int from = 0; from < bars.size(); from += CHUNK) {
      chunks.add(bars.subList(from, Math.min(bars.size(), from + CHUNK)));
    }
    return chunks;
  }

  private static ConnectionSource connections(StoreConfig config) {
    return config.kind() == StoreKind.DUCKDB
        ? DuckDbConnections.open(config.url())
        : new PostgresConnections(config);
  }
}
