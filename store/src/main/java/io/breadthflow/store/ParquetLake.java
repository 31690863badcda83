package io.breadthflow.store;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The Parquet lake: one file per symbol at {@code ohlcv/{SYMBOL}/{SYMBOL}_{START}_{END}.parquet}
 * (START and END the first and last session date), zstd-compressed, written and read with DuckDB's
 * built-in Parquet support whatever the store's engine. Columns: symbol, bar_interval, ts (UTC),
 * session_date, open, high, low, close, volume, vwap, trade_count.
 */
public final class ParquetLake {
  private static final Instant ALL_FROM = Instant.parse("1900-01-01T00:00:00Z");
  private static final Instant ALL_TO = Instant.parse("2200-01-01T00:00:00Z");

  private final Path root;

  public ParquetLake(Path root) {
    this.root = root;
  }

  /**
   * What an export wrote.
   *
   * @param files Parquet files written
   * @param bars bars written
   */
  public record ExportResult(int files, long bars) {}

  /**
   * Writes every symbol's bars (all intervals) to its file, replacing the symbol's earlier files.
   * Calls {@code progress} with each symbol written.
   */
  public ExportResult export(MarketStore store, Consumer<String> progress) {
    List<SymbolSummary> symbols = store.dailySummary();
    long bars = 0;
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement()) {
      statement.execute(
          "CREATE TABLE lake_bars (symbol VARCHAR, bar_interval VARCHAR, ts TIMESTAMP,"
              + " session_date DATE, open DOUBLE, high DOUBLE, low DOUBLE, close DOUBLE,"
              + " volume DOUBLE, vwap DOUBLE, trade_count BIGINT)");
      for (SymbolSummary symbol : symbols) {
        List<Bar> all = new ArrayList<>();
        for (Interval interval : Interval.values()) {
          all.addAll(store.bars(symbol.symbol(), interval, ALL_FROM, ALL_TO));
        }
        Path folder = Files.createDirectories(root.resolve("ohlcv").resolve(symbol.symbol()));
        deleteOldFiles(folder, symbol.symbol());
        Path file =
            folder.resolve(
                symbol.symbol() + "_" + symbol.first() + "_" + symbol.last() + ".parquet");
        statement.execute("DELETE FROM lake_bars");
        append(duck, all);
        statement.execute(
            "COPY lake_bars TO " + literal(file) + " (FORMAT parquet, COMPRESSION zstd)");
        bars += all.size();
        progress.accept(symbol.symbol());
      }
    } catch (SQLException | IOException e) {
      throw new StoreException("export to the lake at " + root, e);
    }
    return new ExportResult(symbols.size(), bars);
  }

  /** The lake's Parquet files, sorted. */
  public List<Path> files() {
    Path ohlcv = root.resolve("ohlcv");
    if (!Files.isDirectory(ohlcv)) {
      return List.of();
    }
    try (Stream<Path> paths = Files.walk(ohlcv, 2)) {
      return paths.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
    } catch (IOException e) {
      throw new StoreException("listing the lake at " + root, e);
    }
  }

  /** The bars in one lake file, as stored. */
  public List<Bar> read(Path file) {
    String sql =
        "SELECT "
            + BarRows.READ_COLUMNS
            + " FROM read_parquet("
            + literal(file)
            + ") ORDER BY bar_interval, ts";
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duck.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<Bar> bars = new ArrayList<>();
      while (rows.next()) {
        bars.add(BarRows.read(rows));
      }
      return bars;
    } catch (SQLException e) {
      throw new StoreException("reading " + file, e);
    }
  }

  private static void append(Connection duck, List<Bar> bars) throws SQLException {
    try (DuckDBAppender appender =
        duck.unwrap(DuckDBConnection.class).createAppender("main", "lake_bars")) {
      for (Bar bar : bars) {
        BarRows.append(appender, bar);
      }
    }
  }

  private static void deleteOldFiles(Path folder, String symbol) throws IOException {
    try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, symbol + "_*.parquet")) {
      for (Path file : old) {
        Files.delete(file);
      }
    }
  }

  private static String literal(Path file) {
    return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
  }
}
