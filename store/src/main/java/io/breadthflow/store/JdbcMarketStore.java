package io.breadthflow.store;

import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.CorporateAction;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.signal.Signal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link MarketStore} over JDBC; the SQL is common to DuckDB and PostgreSQL, only the bulk path
 * ({@link BarLoader}) differs. Writes of bars are serialised; reads run concurrently.
 */
final class JdbcMarketStore implements MarketStore {
  private static final String BAR_COLUMNS = BarRows.READ_COLUMNS;

  private final ConnectionSource connections;
  private final BarLoader loader;
  private final Object writeLock = new Object();
  private final JdbcResultStore results;
  private final JdbcAlertStore alerts;
  private final JdbcForecastStore forecasts;
  private final JdbcUserStore users;
  private final JdbcProfileStore profiles;
  private final JdbcWatchlistStore watchlists;
  private final JdbcMembershipTable membership;
  private final JdbcRuleStore rules;
  private final JdbcNotificationStore notifications;
  private final Clock clock;

  JdbcMarketStore(ConnectionSource connections, BarLoader loader, Clock clock) {
    this.connections = connections;
    this.loader = loader;
    this.clock = clock;
    this.results = new JdbcResultStore(connections, writeLock, clock);
    this.alerts = new JdbcAlertStore(connections, writeLock);
    this.forecasts = new JdbcForecastStore(connections, writeLock);
    this.users = new JdbcUserStore(connections, clock);
    this.profiles = new JdbcProfileStore(connections, writeLock, clock);
    this.watchlists = new JdbcWatchlistStore(connections, writeLock, clock);
    this.membership = new JdbcMembershipTable(connections, writeLock);
    this.rules = new JdbcRuleStore(connections, writeLock);
    this.notifications = new JdbcNotificationStore(connections, writeLock, clock);
  }

  @Override
  public long upsertBars(List<Bar> bars) {
    if (bars.isEmpty()) {
      return 0;
    }
    Map<BarKey, Bar> unique = new LinkedHashMap<>(bars.size() * 2);
    for (Bar bar : bars) {
      unique.put(new BarKey(bar.symbol(), bar.interval(), bar.start()), bar);
    }
    return WriteTransaction.run(
        connections,
        writeLock,
        "upsert of " + bars.size() + " bars",
        connection -> {
          long changed = loader.load(connection, unique.values());
          if (changed > 0) {
            DailySummaryTable.refresh(connection, dailySymbols(unique.values()));
          }
          return changed;
        });
  }

  private static java.util.Set<String> dailySymbols(Collection<Bar> bars) {
    java.util.Set<String> symbols = new java.util.TreeSet<>();
    for (Bar bar : bars) {
      if (bar.interval() == Interval.ONE_DAY) {
        symbols.add(bar.symbol());
      }
    }
    return symbols;
  }

  @Override
  public List<Bar> bars(String symbol, Interval interval, Instant from, Instant to) {
    String sql =
        "SELECT "
            + BAR_COLUMNS
            + " FROM bars WHERE symbol = ? AND bar_interval = ? AND ts >= ?"
            + " AND ts < ? ORDER BY ts";
    return query(
        "read of " + symbol + " " + interval,
        sql,
        statement -> {
          statement.setString(1, symbol);
          statement.setString(2, interval.code());
          statement.setObject(3, utc(from));
          statement.setObject(4, utc(to));
        });
  }

  @Override
  public List<Bar> latestBars(Interval interval) {
    String sql =
        "SELECT DISTINCT ON (symbol) "
            + BAR_COLUMNS
            + " FROM bars WHERE bar_interval = ?"
            + " ORDER BY symbol, ts DESC";
    return query("read of latest bars", sql, statement -> statement.setString(1, interval.code()));
  }

  @Override
  public DailyPanel dailyPanel(Collection<String> symbols, LocalDate from, LocalDate to) {
    String filter =
        symbols.isEmpty()
            ? ""
            : " AND symbol IN ("
                + String.join(", ", Collections.nCopies(symbols.size(), "?"))
                + ")";
    String sql =
        "SELECT symbol, session_date, open, high, low, close, volume FROM bars WHERE bar_interval ="
            + " '1d' AND session_date >= ? AND session_date <= ?"
            + filter
            + " ORDER BY symbol, session_date";
    List<String> names = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, from);
      statement.setObject(2, to);
      int index = 3;
      for (String symbol : symbols) {
        statement.setString(index++, symbol);
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
          dates.add(rows.getObject(2, LocalDate.class));
          values.add(
              new double[] {
                rows.getDouble(3),
                rows.getDouble(4),
                rows.getDouble(5),
                rows.getDouble(6),
                rows.getDouble(7)
              });
        }
      }
    } catch (SQLException e) {
      throw new StoreException("read of the daily panel " + from + ".." + to, e);
    }
    return toPanel(names, dates, values);
  }

  private static DailyPanel toPanel(
      List<String> names, List<LocalDate> dates, List<double[]> values) {
    List<String> symbols = names.stream().distinct().sorted().toList();
    LocalDate[] sessions = dates.stream().distinct().sorted().toArray(LocalDate[]::new);
    Map<String, Integer> symbolIndex = new HashMap<>();
    for (int s = 0; s < symbols.size(); s++) {
      symbolIndex.put(symbols.get(s), s);
    }
    Map<LocalDate, Integer> sessionIndex = new HashMap<>();
    for (int t = 0; t < sessions.length; t++) {
      sessionIndex.put(sessions[t], t);
    }
    double[][][] columns = new double[5][symbols.size()][sessions.length];
    for (double[][] column : columns) {
      for (double[] row : column) {
        Arrays.fill(row, Double.NaN);
      }
    }
    for (int i = 0; i < names.size(); i++) {
      int s = symbolIndex.get(names.get(i));
      int t = sessionIndex.get(dates.get(i));
      for (int c = 0; c < 5; c++) {
        columns[c][s][t] = values.get(i)[c];
      }
    }
    return new DailyPanel(
        symbols, sessions, columns[0], columns[1], columns[2], columns[3], columns[4]);
  }

  @Override
  public List<SymbolSummary> dailySummary() {
    String sql =
        "SELECT symbol, bars, first_session, last_session FROM daily_summary ORDER BY symbol";
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      List<SymbolSummary> summaries = new ArrayList<>();
      while (rows.next()) {
        long count = rows.getLong(2);
        LocalDate first = rows.getObject(3, LocalDate.class);
        LocalDate last = rows.getObject(4, LocalDate.class);
        summaries.add(
            new SymbolSummary(rows.getString(1), count, first, last, missing(count, first, last)));
      }
      return summaries;
    } catch (SQLException e) {
      throw new StoreException("summary", e);
    }
  }

  private static long missing(long count, LocalDate first, LocalDate last) {
    if (!NyseCalendar.covers(first) || !NyseCalendar.covers(last)) {
      return 0;
    }
    return Math.max(0, NyseCalendar.tradingDays(first, last).size() - count);
  }

  @Override
  public long barCount() {
    return count("SELECT count(*) FROM bars");
  }

  @Override
  public void quarantine(List<QuarantinedRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    String sql =
        "INSERT INTO quarantine (source, symbol, raw_record, reason, quarantined_at) VALUES (?, ?, ?, ?, ?)"
            + " ON CONFLICT (source, raw_record, reason) DO NOTHING";
    LocalDateTime now = utc(clock.instant());
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (QuarantinedRecord record : records) {
        statement.setString(1, record.source());
        statement.setString(2, record.symbol());
        statement.setString(3, record.rawRecord());
        statement.setString(4, record.reason());
        statement.setObject(5, now);
        statement.addBatch();
      }
      statement.executeBatch();
    } catch (SQLException e) {
      throw new StoreException("quarantine of " + records.size() + " records", e);
    }
  }

  @Override
  public long quarantinedCount() {
    return count("SELECT count(*) FROM quarantine");
  }

  @Override
  public List<QuarantinedRecord> quarantined() {
    String sql = "SELECT source, symbol, raw_record, reason FROM quarantine ORDER BY id";
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      List<QuarantinedRecord> records = new ArrayList<>();
      while (rows.next()) {
        records.add(
            new QuarantinedRecord(
                rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)));
      }
      return records;
    } catch (SQLException e) {
      throw new StoreException("read of quarantine", e);
    }
  }

  @Override
  public long startRun(String command, String parameters, String owner) {
    String sql =
        "INSERT INTO pipeline_runs (command, parameters, status, started_at, owner)"
            + " VALUES (?, ?, ?, ?, ?) RETURNING id";
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, command);
      statement.setString(2, parameters);
      statement.setString(3, RunStatus.RUNNING.name());
      statement.setObject(4, utc(clock.instant()));
      statement.setString(5, owner);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException("start of run " + command, e);
    }
  }

  @Override
  public void finishRun(long runId, RunStatus status, String error, String countsJson) {
    PipelineRun started = run(runId);
    Instant finished = clock.instant();
    String sql =
        "UPDATE pipeline_runs SET status = ?, finished_at = ?, duration_ms = ?, error = ?,"
            + " counts = ? WHERE id = ?";
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, status.name());
      statement.setObject(2, utc(finished));
      statement.setLong(3, finished.toEpochMilli() - started.started().toEpochMilli());
      statement.setString(4, error == null ? "" : error);
      statement.setString(5, countsJson == null ? "" : countsJson);
      statement.setLong(6, runId);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("finish of run " + runId, e);
    }
  }

  @Override
  public PipelineRun run(long runId) {
    List<PipelineRun> runs = runs(" WHERE id = ?", runId, "read of run " + runId);
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no pipeline run with id " + runId);
    }
    return runs.get(0);
  }

  @Override
  public void saveRunOutput(long runId, String output) {
    try (Connection connection = connections.open();
        PreparedStatement statement =
            connection.prepareStatement("UPDATE pipeline_runs SET output = ? WHERE id = ?")) {
      statement.setString(1, output);
      statement.setLong(2, runId);
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("save of the output of run " + runId, e);
    }
  }

  @Override
  public List<PipelineRun> runningRuns() {
    return runs(
        " WHERE status = ? ORDER BY id", RunStatus.RUNNING.name(), "read of the running runs");
  }

  @Override
  public List<PipelineRun> recentRuns(int limit) {
    return runs(" ORDER BY id DESC LIMIT ?", limit, "read of recent runs");
  }

  private List<PipelineRun> runs(String condition, Object value, String operation) {
    String sql =
        "SELECT id, command, parameters, status, started_at, finished_at, duration_ms, error,"
            + " counts, output, owner FROM pipeline_runs"
            + condition;
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, value);
      try (ResultSet rows = statement.executeQuery()) {
        List<PipelineRun> runs = new ArrayList<>();
        while (rows.next()) {
          LocalDateTime finished = rows.getObject(6, LocalDateTime.class);
          long duration = rows.getLong(7);
          boolean running = rows.wasNull();
          runs.add(
              new PipelineRun(
                  rows.getLong(1),
                  rows.getString(2),
                  rows.getString(3),
                  RunStatus.valueOf(rows.getString(4)),
                  rows.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                  finished == null ? null : finished.toInstant(ZoneOffset.UTC),
                  running ? -1 : duration,
                  rows.getString(8) == null ? "" : rows.getString(8),
                  rows.getString(9) == null ? "" : rows.getString(9),
                  rows.getString(10) == null ? "" : rows.getString(10),
                  rows.getString(11) == null ? "" : rows.getString(11)));
        }
        return runs;
      }
    } catch (SQLException e) {
      throw new StoreException(operation, e);
    }
  }

  @Override
  public void upsertCorporateActions(List<CorporateAction> actions) {
    results.upsertCorporateActions(actions);
  }

  @Override
  public List<CorporateAction> corporateActions(String symbol) {
    return results.corporateActions(symbol);
  }

  @Override
  public long upsertSignals(List<Signal> signals) {
    return results.upsertSignals(signals);
  }

  @Override
  public List<Signal> signals(SignalFilter filter) {
    return results.signals(filter);
  }

  @Override
  public List<Signal> latestSignals(Collection<String> symbols) {
    return results.latestSignals(symbols);
  }

  @Override
  public List<SignalTally> signalSummary() {
    return results.signalSummary();
  }

  @Override
  public long saveBacktest(String strategy, String parameters, String resultJson) {
    return results.saveBacktest(strategy, parameters, resultJson);
  }

  @Override
  public Optional<StoredBacktest> backtest(long id) {
    return results.backtest(id);
  }

  @Override
  public List<StoredBacktest> recentBacktests(int limit) {
    return results.recentBacktests(limit);
  }

  @Override
  public AlertStore alerts() {
    return alerts;
  }

  @Override
  public ForecastStore forecasts() {
    return forecasts;
  }

  @Override
  public ProfileStore profiles() {
    return profiles;
  }

  @Override
  public long replaceMembership(String universe, List<MemberInterval> intervals) {
    return membership.replace(universe, intervals);
  }

  @Override
  public List<MemberInterval> membership(String universe) {
    return membership.read(universe);
  }

  @Override
  public List<StoredUniverse> storedUniverses() {
    return membership.list();
  }

  @Override
  public WatchlistStore watchlists() {
    return watchlists;
  }

  @Override
  public RuleStore rules() {
    return rules;
  }

  @Override
  public NotificationStore notifications() {
    return notifications;
  }

  @Override
  public UserStore users() {
    return users;
  }

  @Override
  public void close() {
    connections.close();
  }

  private long count(String sql) {
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new StoreException(sql, e);
    }
  }

  private List<Bar> query(String operation, String sql, Binder binder) {
    try (Connection connection = connections.open();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      binder.bind(statement);
      try (ResultSet rows = statement.executeQuery()) {
        List<Bar> bars = new ArrayList<>();
        while (rows.next()) {
          bars.add(BarRows.read(rows));
        }
        return bars;
      }
    } catch (SQLException e) {
      throw new StoreException(operation, e);
    }
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** The natural key of a bar. */
  private record BarKey(String symbol, Interval interval, Instant start) {}

  /** Binds a statement's parameters. */
  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }
}
