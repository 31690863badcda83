package io.breadthflow.store;

import io.breadthflow.core.domain.CorporateAction;
import io.breadthflow.core.signal.Signal;
import io.breadthflow.core.signal.SignalAction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Corporate actions, signals and backtest results over JDBC. Signal writes are idempotent upserts
 * through a staging table: DuckDB's appender into {@code signals_staging}, PostgreSQL batched
 * inserts into a transaction-scoped temporary table.
 */
final class JdbcResultStore {
  private final Clock clock;
  private final ConnectionSource connections;
  private final Object writeLock;

  JdbcResultStore(ConnectionSource connections, Object writeLock, Clock clock) {
    this.clock = clock;
    this.connections = connections;
    this.writeLock = writeLock;
  }

  void upsertCorporateActions(List<CorporateAction> actions) {
    String sql =
        "INSERT INTO corporate_actions (symbol, ex_date, kind, amount) VALUES (?, ?, ?, ?)"
            + " ON CONFLICT (symbol, ex_date, kind) DO UPDATE SET amount = excluded.amount";
    synchronized (writeLock) {
      try (Connection connection = connections.open();
          PreparedStatement statement = connection.prepareStatement(sql)) {
        for (CorporateAction action : actions) {
          statement.setString(1, action.symbol());
          statement.setObject(2, action.exDate());
          statement.setString(3, action.kind().name().toLowerCase(java.util.Locale.ROOT));
          statement.setDouble(4, action.amount());
          statement.addBatch();
        }
        statement.executeBatch();
      } catch (SQLException e) {
        throw new StoreException("upsert of " + actions.size() + " corporate actions", e);
      }
    }
  }

  List<CorporateAction> corporateActions(String symbol) {
    String sql =
        "SELECT symbol, ex_date, kind, amount FROM corporate_actions WHERE symbol = ?"
            + " ORDER BY ex_date, kind";
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, symbol);
      try (ResultSet rows = statement.executeQuery()) {
        List<CorporateAction> actions = new ArrayList<>();
        while (rows.next()) {
          actions.add(
              new CorporateAction(
                  rows.getString(1),
                  rows.getObject(2, LocalDate.class),
                  CorporateAction.Kind.valueOf(
                      rows.getString(3).toUpperCase(java.util.Locale.ROOT)),
                  rows.getDouble(4)));
        }
        return actions;
      }
    } catch (SQLException e) {
      throw new StoreException("read of corporate actions of " + symbol, e);
    }
  }

  long upsertSignals(List<Signal> signals) {
    if (signals.isEmpty()) {
      return 0;
    }
    Map<String, Signal> unique = new LinkedHashMap<>(signals.size() * 2);
    for (Signal s : signals) {
      unique.put(s.strategy() + '\u0000' + s.symbol() + '\u0000' + s.date(), s);
    }
    return WriteTransaction.run(
        connections,
        writeLock,
        "upsert of " + signals.size() + " signals",
        connection -> {
          String staging =
              connection.isWrapperFor(DuckDBConnection.class)
                  ? appendToDuckDbStaging(connection, unique.values())
                  : insertIntoTemporaryTable(connection, unique.values());
          try (Statement statement = connection.createStatement()) {
            long changed = statement.executeUpdate(SignalRows.mergeSql(staging));
            if (staging.equals("signals_staging")) {
              statement.execute("DELETE FROM signals_staging");
            }
            return changed;
          }
        });
  }

  private static String appendToDuckDbStaging(Connection connection, Collection<Signal> signals)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM signals_staging");
    }
    try (DuckDBAppender appender =
        connection.unwrap(DuckDBConnection.class).createAppender("main", "signals_staging")) {
      for (Signal s : signals) {
        appender.beginRow();
        appender.append(s.strategy());
        appender.append(s.symbol());
        appender.append(s.date());
        appender.append(s.score());
        appender.append(s.action().name());
        appender.append(s.confidence());
        appender.append(SignalRows.reasons(s));
        appender.endRow();
      }
    }
    return "signals_staging";
  }

  private static String insertIntoTemporaryTable(Connection connection, Collection<Signal> signals)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TEMPORARY TABLE signal_batch (LIKE signals INCLUDING DEFAULTS) ON COMMIT DROP");
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO signal_batch (" + SignalRows.COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int pending = 0;
      for (Signal s : signals) {
        insert.setString(1, s.strategy());
        insert.setString(2, s.symbol());
        insert.setObject(3, s.date());
        insert.setDouble(4, s.score());
        insert.setString(5, s.action().name());
        insert.setDouble(6, s.confidence());
        insert.setString(7, SignalRows.reasons(s));
        insert.addBatch();
        if (++pending == 5_000) {
          insert.executeBatch();
          pending = 0;
        }
      }
      insert.executeBatch();
    }
    return "signal_batch";
  }

  List<Signal> signals(SignalFilter filter) {
    StringBuilder sql =
        new StringBuilder("SELECT " + SignalRows.COLUMNS + " FROM signals WHERE 1 = 1");
    List<Object> values = new ArrayList<>();
    condition(sql, values, " AND strategy = ?", filter.strategy());
    condition(sql, values, " AND symbol = ?", filter.symbol());
    condition(sql, values, " AND session_date >= ?", filter.from());
    condition(sql, values, " AND session_date <= ?", filter.to());
    condition(
        sql, values, " AND action = ?", filter.action() == null ? null : filter.action().name());
    if (filter.limit() > 0) {
      sql.append(" ORDER BY session_date DESC, symbol, strategy LIMIT ").append(filter.limit());
    } else {
      sql.append(" ORDER BY session_date, symbol, strategy");
    }
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < values.size(); i++) {
        statement.setObject(i + 1, values.get(i));
      }
      try (ResultSet rows = statement.executeQuery()) {
        List<Signal> signals = new ArrayList<>();
        while (rows.next()) {
          signals.add(SignalRows.read(rows));
        }
        return signals;
      }
    } catch (SQLException e) {
      throw new StoreException("read of signals", e);
    }
  }

  List<Signal> latestSignals(Collection<String> symbols) {
    if (symbols.isEmpty()) {
      return List.of();
    }
    String sql =
        "SELECT DISTINCT ON (symbol) "
            + SignalRows.COLUMNS
            + " FROM signals WHERE symbol IN ("
            + String.join(", ", Collections.nCopies(symbols.size(), "?"))
            + ") ORDER BY symbol, session_date DESC, strategy";
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      int index = 1;
      for (String symbol : symbols) {
        statement.setString(index++, symbol);
      }
      try (ResultSet rows = statement.executeQuery()) {
        List<Signal> signals = new ArrayList<>();
        while (rows.next()) {
          signals.add(SignalRows.read(rows));
        }
        return signals;
      }
    } catch (SQLException e) {
      throw new StoreException("read of the latest signals", e);
    }
  }

  private static void condition(StringBuilder sql, List<Object> values, String clause, Object v) {
    if (v != null) {
      sql.append(clause);
      values.add(v);
    }
  }

  List<SignalTally> signalSummary() {
    String sql =
        "SELECT strategy, action, count(*), count(DISTINCT symbol), min(session_date),"
            + " max(session_date) FROM signals GROUP BY strategy, action ORDER BY strategy, action";
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      List<SignalTally> tallies = new ArrayList<>();
      while (rows.next()) {
        tallies.add(
            new SignalTally(
                rows.getString(1),
                SignalAction.valueOf(rows.getString(2)),
                rows.getLong(3),
                rows.getLong(4),
                rows.getObject(5, LocalDate.class),
                rows.getObject(6, LocalDate.class)));
      }
      return tallies;
    } catch (SQLException e) {
      throw new StoreException("summary of signals", e);
    }
  }

  long saveBacktest(String strategy, String parameters, String resultJson) {
    String sql =
        "INSERT INTO backtests (strategy, parameters, created_at, result_json) VALUES (?, ?, ?, ?)"
            + " RETURNING id";
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, strategy);
      statement.setString(2, parameters);
      statement.setObject(3, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
      statement.setString(4, resultJson);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("save of a " + strategy + " backtest", e);
    }
  }

  Optional<StoredBacktest> backtest(long id) {
    String sql =
        "SELECT id, strategy, parameters, created_at, result_json FROM backtests WHERE id = ?";
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(storedBacktest(rows));
      }
    } catch (SQLException e) {
      throw new StoreException("read of backtest " + id, e);
    }
  }

  List<StoredBacktest> recentBacktests(int limit) {
    String sql =
        "SELECT id, strategy, parameters, created_at, result_json FROM backtests"
            + " ORDER BY id DESC LIMIT ?";
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setInt(1, limit);
      try (ResultSet rows = statement.executeQuery()) {
        List<StoredBacktest> backtests = new ArrayList<>();
        while (rows.next()) {
          backtests.add(storedBacktest(rows));
        }
        return backtests;
      }
    } catch (SQLException e) {
      throw new StoreException("read of recent backtests", e);
    }
  }

  private static StoredBacktest storedBacktest(ResultSet rows) throws SQLException {
    return new StoredBacktest(
        rows.getLong(1),
        rows.getString(2),
        rows.getString(3),
        rows.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC),
        rows.getString(5));
  }
}
