package io.breadthflow.store;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.CorporateAction;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.signal.Signal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The market-data store: DuckDB or PostgreSQL behind one contract, proven by one test suite run
 * against both. Writes are idempotent upserts on the natural key (symbol, interval, start); reads
 * return bars in time order. Implementations are thread-safe.
 */
public interface MarketStore extends AutoCloseable {

  /**
   * Inserts new bars and updates changed ones (natural key symbol + interval + start); identical
   * bars are left alone. Within one call the last bar for a key wins.
   *
   * @return number of rows inserted or changed (0 when re-importing the same data)
   */
  long upsertBars(List<Bar> bars);

  /** Bars of one symbol and interval with {@code from ≤ start < to}, oldest first. */
  List<Bar> bars(String symbol, Interval interval, Instant from, Instant to);

  /** The newest bar of every symbol that has bars of {@code interval}, by symbol. */
  List<Bar> latestBars(Interval interval);

  /**
   * Daily bars of {@code symbols} (all stored symbols when empty) with session dates from {@code
   * from} to {@code to} inclusive, as a column-oriented panel.
   */
  DailyPanel dailyPanel(Collection<String> symbols, LocalDate from, LocalDate to);

  /** Per-symbol summary of daily bars, by symbol. */
  List<SymbolSummary> dailySummary();

  /** Total number of stored bars of all intervals. */
  long barCount();

  /**
   * Keeps records out of the silver layer with their reasons; a record already quarantined with the
   * same source, raw text and reason is not added again.
   */
  void quarantine(List<QuarantinedRecord> records);

  /** Number of quarantined records. */
  long quarantinedCount();

  /** Reasons of the quarantined records, oldest first. */
  List<QuarantinedRecord> quarantined();

  /**
   * Records the start of a command by the process {@code owner} ({@code host/pid/start}, so that
   * another process can tell whether it still runs); returns its run id.
   */
  long startRun(String command, String parameters, String owner);

  /** The runs still recorded as {@link RunStatus#RUNNING}, oldest first. */
  List<PipelineRun> runningRuns();

  /** Records the end of a run. */
  void finishRun(long runId, RunStatus status, String error, String countsJson);

  /** A recorded run. */
  PipelineRun run(long runId);

  /** Stores the captured output of a run. */
  void saveRunOutput(long runId, String output);

  /** The most recent runs, newest first. */
  List<PipelineRun> recentRuns(int limit);

  /** Stores splits and dividends; an action already stored (symbol, ex-date, kind) is updated. */
  void upsertCorporateActions(List<CorporateAction> actions);

  /** Stored splits and dividends of {@code symbol}, by ex-date. */
  List<CorporateAction> corporateActions(String symbol);

  /**
   * Inserts new signals and updates changed ones (natural key strategy + symbol + session); the
   * last of a key within one call wins.
   *
   * @return number of rows inserted or changed (0 when storing the same signals again)
   */
  long upsertSignals(List<Signal> signals);

  /** Stored signals matching {@code filter}, oldest first (newest first when limited). */
  List<Signal> signals(SignalFilter filter);

  /**
   * The newest stored signal of each of {@code symbols} that has one (of any strategy; the first
   * strategy by name when several share the newest session), by symbol.
   */
  List<Signal> latestSignals(Collection<String> symbols);

  /** Counts of stored signals per strategy and action. */
  List<SignalTally> signalSummary();

  /** Stores a backtest result; returns its id. */
  long saveBacktest(String strategy, String parameters, String resultJson);

  /** A stored backtest, if there is one with this id. */
  Optional<StoredBacktest> backtest(long id);

  /** The most recent backtests, newest first. */
  List<StoredBacktest> recentBacktests(int limit);

  /**
   * Replaces the whole membership history of the point-in-time universe {@code universe} with
   * {@code intervals} in one transaction (an empty list removes the universe); returns the rows
   * stored.
   */
  long replaceMembership(String universe, List<MemberInterval> intervals);

  /** The membership intervals of {@code universe}, by symbol and start; empty when not stored. */
  List<MemberInterval> membership(String universe);

  /** The stored point-in-time universes, by name. */
  List<StoredUniverse> storedUniverses();

  /** Users and their refresh tokens. */
  UserStore users();

  /** Alerts raised by the streaming pipeline. */
  AlertStore alerts();

  /** Forecasts made from stored history. */
  ForecastStore forecasts();

  /** Users' profiles. */
  ProfileStore profiles();

  /** Users' watchlists. */
  WatchlistStore watchlists();

  /** Users' personal alert rules. */
  RuleStore rules();

  /** The notification outbox and delivery log. */
  NotificationStore notifications();

  @Override
  void close();
}
