package io.breadthflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.breadthflow.core.alert.Alert;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.CorporateAction;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.forecast.ForecastPoint;
import io.breadthflow.core.signal.Signal;
import io.breadthflow.core.signal.SignalAction;
import io.breadthflow.core.signal.SignalComponent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link MarketStore} must have; run once per engine by its subclasses, each on
 * a new, empty database.
 */
abstract class MarketStoreContract {
  private static final Instant ALL_FROM = Instant.parse("2000-01-01T00:00:00Z");
  private static final Instant ALL_TO = Instant.parse("2031-01-01T00:00:00Z");

  /** An intraday bar with vwap and trade count, to check the optional fields round-trip. */
  private static final Bar MINUTE_BAR =
      new Bar(
          "AAPL",
          Interval.ONE_MINUTE,
          Instant.parse("2016-01-04T14:31:00Z"),
          1.1,
          1.2,
          1.0,
          1.15,
          300,
          1.14,
          7);

  /** The store's clock: a fixed instant, so that stamps can be compared exactly. */
  protected static final Instant NOW = Instant.parse("2026-03-02T15:04:05Z");

  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  protected MarketStore store;

  /** A config for a new, empty database of the engine under test. */
  protected abstract StoreConfig emptyDatabase() throws Exception;

  /** Drops what {@link #emptyDatabase} created. */
  protected void dropDatabase() throws Exception {}

  @BeforeEach
  void openStore() throws Exception {
    store = MarketStores.open(emptyDatabase(), clock);
  }

  @AfterEach
  void closeStore() throws Exception {
    if (store != null) {
      store.close();
      dropDatabase();
    }
  }

  @Test
  void migratedEmptyDatabaseHoldsNothing() {
    assertThat(store.barCount()).isZero();
    assertThat(store.dailySummary()).isEmpty();
    assertThat(store.quarantinedCount()).isZero();
    assertThat(store.latestBars(Interval.ONE_DAY)).isEmpty();
  }

  @Test
  void barsRoundTripExactlyInTimeOrder() {
    List<Bar> bars = dailyBars("AAPL", LocalDate.of(2016, 1, 4), 30);
    Bar intraday = MINUTE_BAR;

    store.upsertBars(reversed(bars));
    store.upsertBars(List.of(intraday));

    assertThat(store.bars("AAPL", Interval.ONE_DAY, ALL_FROM, ALL_TO))
        .containsExactlyElementsOf(bars);
    assertThat(store.bars("AAPL", Interval.ONE_MINUTE, ALL_FROM, ALL_TO)).containsExactly(intraday);
    assertThat(store.bars("MSFT", Interval.ONE_DAY, ALL_FROM, ALL_TO)).isEmpty();
  }

  @Test
  void rangeReadIncludesStartAndExcludesEnd() {
    List<Bar> bars = dailyBars("IBM", LocalDate.of(2016, 1, 4), 10);
    store.upsertBars(bars);

    List<Bar> range = store.bars("IBM", Interval.ONE_DAY, bars.get(2).start(), bars.get(5).start());

    assertThat(range).containsExactly(bars.get(2), bars.get(3), bars.get(4));
  }

  @Test
  void reimportingTheSameBarsChangesNothingAndDuplicatesNothing() {
    List<Bar> bars = dailyBars("AAPL", LocalDate.of(2016, 1, 4), 50);

    assertThat(store.upsertBars(bars)).isEqualTo(50);
    assertThat(store.upsertBars(bars)).isZero();
    assertThat(store.barCount()).isEqualTo(50);
  }

  @Test
  void changedBarReplacesTheStoredOneAndCountsAsOneChange() {
    List<Bar> bars = dailyBars("AAPL", LocalDate.of(2016, 1, 4), 5);
    store.upsertBars(bars);
    Bar old = bars.get(2);
    Bar corrected =
        new Bar(
            old.symbol(),
            old.interval(),
            old.start(),
            old.open(),
            old.high() + 1,
            old.low(),
            old.close(),
            old.volume(),
            Double.NaN,
            -1);

    assertThat(store.upsertBars(List.of(corrected))).isEqualTo(1);
    assertThat(store.bars("AAPL", Interval.ONE_DAY, ALL_FROM, ALL_TO).get(2)).isEqualTo(corrected);
    assertThat(store.barCount()).isEqualTo(5);
  }

  @Test
  void lastBarForAKeyWithinOneWriteWins() {
    Bar first = Bar.daily("X", LocalDate.of(2016, 1, 4), 10, 11, 9, 10, 100);
    Bar second = Bar.daily("X", LocalDate.of(2016, 1, 4), 10, 12, 9, 11, 200);

    assertThat(store.upsertBars(List.of(first, second))).isEqualTo(1);
    assertThat(store.bars("X", Interval.ONE_DAY, ALL_FROM, ALL_TO)).containsExactly(second);
  }

  @Test
  void latestBarPerSymbolIsTheNewest() {
    List<Bar> aapl = dailyBars("AAPL", LocalDate.of(2016, 1, 4), 20);
    List<Bar> msft = dailyBars("MSFT", LocalDate.of(2016, 1, 4), 7);
    store.upsertBars(aapl);
    store.upsertBars(msft);

    assertThat(store.latestBars(Interval.ONE_DAY)).containsExactly(aapl.get(19), msft.get(6));
  }

  @Test
  void summaryCountsBarsAndMissingSessionsPerSymbol() {
    List<Bar> bars = new ArrayList<>(dailyBars("AAPL", LocalDate.of(2016, 1, 4), 20));
    bars.remove(10);
    bars.remove(5);
    store.upsertBars(bars);

    assertThat(store.dailySummary())
        .singleElement()
        .isEqualTo(
            new SymbolSummary("AAPL", 18, LocalDate.of(2016, 1, 4), LocalDate.of(2016, 2, 1), 2));
  }

  @Test
  void summaryFollowsLaterUpsertsThatExtendFillAndRepeatAndIgnoresIntradayBars() {
    List<Bar> bars = dailyBars("AAPL", LocalDate.of(2016, 1, 4), 20);
    store.upsertBars(bars.subList(5, 10));
    store.upsertBars(bars.subList(0, 3));
    store.upsertBars(bars.subList(8, 20));
    store.upsertBars(bars.subList(8, 20));
    store.upsertBars(List.of(MINUTE_BAR));

    assertThat(store.dailySummary())
        .singleElement()
        .isEqualTo(
            new SymbolSummary("AAPL", 18, LocalDate.of(2016, 1, 4), LocalDate.of(2016, 2, 1), 2));
  }

  @Test
  void dailyPanelAlignsSymbolsOnSessionsWithNaNForMissingBars() {
    List<Bar> aapl = dailyBars("AAPL", LocalDate.of(2016, 1, 4), 5);
    List<Bar> msft = new ArrayList<>(dailyBars("MSFT", LocalDate.of(2016, 1, 4), 5));
    msft.remove(2);
    store.upsertBars(aapl);
    store.upsertBars(msft);
    store.upsertBars(dailyBars("IBM", LocalDate.of(2016, 1, 4), 5));

    DailyPanel panel =
        store.dailyPanel(
            List.of("MSFT", "AAPL"), LocalDate.of(2016, 1, 5), LocalDate.of(2016, 1, 8));

    assertThat(panel.symbols()).containsExactly("AAPL", "MSFT");
    assertThat(panel.sessions())
        .containsExactly(
            LocalDate.of(2016, 1, 5),
            LocalDate.of(2016, 1, 6),
            LocalDate.of(2016, 1, 7),
            LocalDate.of(2016, 1, 8));
    assertThat(panel.close()[0])
        .containsExactly(
            aapl.get(1).close(), aapl.get(2).close(), aapl.get(3).close(), aapl.get(4).close());
    assertThat(panel.has(1, 1)).isFalse();
    assertThat(panel.volume()[1][2]).isEqualTo(msft.get(2).volume());
    assertThat(
            store
                .dailyPanel(List.of(), LocalDate.of(2016, 1, 4), LocalDate.of(2016, 1, 4))
                .symbols())
        .containsExactly("AAPL", "IBM", "MSFT");
  }

  @Test
  void quarantinedRecordsKeepSourceRawRecordAndReasonOnce() {
    store.quarantine(
        List.of(
            new QuarantinedRecord("csv:BHF.csv", "BHF", "2017-07-26,,,,69.0842,3", "missing Open"),
            new QuarantinedRecord(
                "csv:X.csv", "X", "2016-01-04,10,11,9,-1,5", "non-positive price")));

    store.quarantine(
        List.of(
            new QuarantinedRecord(
                "csv:BHF.csv", "BHF", "2017-07-26,,,,69.0842,3", "missing Open")));

    assertThat(store.quarantinedCount()).isEqualTo(2);
    assertThat(store.quarantined())
        .extracting(QuarantinedRecord::reason)
        .containsExactly("missing Open", "non-positive price");
  }

  @Test
  void pipelineRunIsRecordedWithStatusDurationAndCounts() {
    long id = store.startRun("data import", "--input /tmp/x", "host/1/0");
    assertThat(store.run(id).status()).isEqualTo(RunStatus.RUNNING);
    assertThat(store.run(id).durationMillis()).isEqualTo(-1);

    store.finishRun(id, RunStatus.FAILED, "input not found", "{\"bars\":0}");

    PipelineRun run = store.run(id);
    assertThat(run.command()).isEqualTo("data import");
    assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    assertThat(run.error()).isEqualTo("input not found");
    assertThat(run.counts()).isEqualTo("{\"bars\":0}");
    assertThat(run.started()).isEqualTo(NOW);
    assertThat(run.finished()).isEqualTo(NOW);
    assertThat(run.durationMillis()).isZero();
    assertThat(run.owner()).isEqualTo("host/1/0");
    assertThat(store.startRun("data summary", "", "host/1/0")).isNotEqualTo(id);
  }

  @Test
  void recentRunsComeNewestFirst() {
    long first = store.startRun("data import", "--input a", "host/1/0");
    long second = store.startRun("breadth", "--symbols AAPL", "host/2/0");

    assertThat(store.recentRuns(10)).extracting(PipelineRun::id).containsExactly(second, first);
    assertThat(store.recentRuns(1)).extracting(PipelineRun::command).containsExactly("breadth");
    store.saveRunOutput(first, "line 1\nline 2\n");
    assertThat(store.run(first).output()).isEqualTo("line 1\nline 2\n");
    assertThat(store.run(second).output()).isEmpty();
  }

  @Test
  void runningRunsAreTheUnfinishedOnesOldestFirst() {
    long first = store.startRun("data import", "--input a", "host/1/0");
    long done = store.startRun("breadth", "--symbols AAPL", "host/1/0");
    long third = store.startRun("stream run", "", "host/2/0");
    store.finishRun(done, RunStatus.SUCCEEDED, "", "{}");
    store.finishRun(third, RunStatus.ABANDONED, "the process that ran it ended", "");

    assertThat(store.runningRuns()).extracting(PipelineRun::id).containsExactly(first);
    assertThat(store.run(third).status()).isEqualTo(RunStatus.ABANDONED);
  }

  @Test
  void unknownRunIdIsRejected() {
    assertThatThrownBy(() -> store.run(987654)).hasMessage("no pipeline run with id 987654");
  }

  @Test
  void readersSeeEitherNoneOrAllOfAConcurrentWrite() throws Exception {
    List<Bar> first = dailyBars("AAPL", LocalDate.of(2010, 1, 4), 1000);
    store.upsertBars(first);
    List<Bar> second = dailyBars("MSFT", LocalDate.of(2010, 1, 4), 1000);
    ExecutorService readers = Executors.newFixedThreadPool(2);
    try {
      List<CompletableFuture<List<Long>>> counts = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        counts.add(
            CompletableFuture.supplyAsync(
                () -> {
                  List<Long> seen = new ArrayList<>();
                  for (int i = 0; i < 20; i++) {
                    seen.add(store.barCount());
                    assertThat(store.bars("AAPL", Interval.ONE_DAY, ALL_FROM, ALL_TO))
                        .hasSize(1000);
                  }
                  return seen;
                },
                readers));
      }
      store.upsertBars(second);
      for (CompletableFuture<List<Long>> seen : counts) {
        assertThat(seen.get(60, TimeUnit.SECONDS))
            .allSatisfy(n -> assertThat(n).isIn(1000L, 2000L));
      }
    } finally {
      readers.shutdownNow();
    }
    assertThat(store.barCount()).isEqualTo(2000);
  }

  @Test
  void signalsRoundTripAndRestoringThemChangesNothing() {
    List<Signal> signals =
        List.of(
            signal("AAPL", "2024-01-02", 0.5, SignalAction.BUY),
            signal("AAPL", "2024-01-03", -0.1, SignalAction.HOLD),
            signal("MSFT", "2024-01-02", -0.6, SignalAction.SELL));

    assertThat(store.upsertSignals(signals)).isEqualTo(3);
    assertThat(store.upsertSignals(signals)).isZero();
    assertThat(store.upsertSignals(List.of(signal("AAPL", "2024-01-03", 0.4, SignalAction.BUY))))
        .isEqualTo(1);

    List<Signal> stored = store.signals(SignalFilter.all());
    assertThat(stored).hasSize(3);
    assertThat(stored.get(0)).isEqualTo(signals.get(0));
    assertThat(store.signals(new SignalFilter(null, "AAPL", null, null, SignalAction.BUY, 0)))
        .extracting(Signal::date)
        .containsExactly(LocalDate.parse("2024-01-02"), LocalDate.parse("2024-01-03"));
    assertThat(store.signals(new SignalFilter(null, null, null, null, null, 1)))
        .extracting(Signal::symbol)
        .containsExactly("AAPL");
    assertThat(store.signalSummary())
        .extracting(SignalTally::action, SignalTally::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SignalAction.BUY, 2L),
            org.assertj.core.groups.Tuple.tuple(SignalAction.SELL, 1L));
  }

  @Test
  void corporateActionsAreStoredOncePerSymbolDateAndKind() {
    CorporateAction split =
        new CorporateAction("AAPL", LocalDate.parse("2020-08-31"), CorporateAction.Kind.SPLIT, 4);
    CorporateAction dividend =
        new CorporateAction(
            "AAPL", LocalDate.parse("2020-08-07"), CorporateAction.Kind.DIVIDEND, 0.82);

    store.upsertCorporateActions(List.of(split, dividend));
    store.upsertCorporateActions(List.of(split));

    assertThat(store.corporateActions("AAPL")).containsExactly(dividend, split);
    assertThat(store.corporateActions("MSFT")).isEmpty();
  }

  @Test
  void usersAreUniqueByNameAndRefreshTokensAreUsedOnceAndRevokedByFamily() {
    UserAccount alice = store.users().create("alice", "$2a$12$hash", Role.USER);

    assertThat(store.users().byUsername("alice")).contains(alice);
    assertThat(store.users().byId(alice.id())).contains(alice);
    assertThat(store.users().count(Role.USER)).isEqualTo(1);
    assertThatThrownBy(() -> store.users().create("alice", "x", Role.ADMIN))
        .hasMessageContaining("taken");
    RefreshToken token =
        new RefreshToken(
            "abc", alice.id(), "f1", Instant.parse("2030-01-01T00:00:00Z"), false, false);
    store.users().saveRefreshToken(token);
    assertThat(store.users().refreshToken("abc")).contains(token);
    assertThat(store.users().markUsed("abc")).isTrue();
    assertThat(store.users().markUsed("abc")).isFalse();
    store.users().revokeFamily("f1");
    assertThat(store.users().refreshToken("abc").orElseThrow().revoked()).isTrue();
  }

  @Test
  void aChangedPasswordHashReplacesTheOldOneOfThatUserOnly() {
    UserAccount alice = store.users().create("alice", "$2a$12$old", Role.ADMIN);
    UserAccount bob = store.users().create("bob", "$2a$12$bob", Role.USER);

    assertThat(store.users().changePassword(alice.id(), "$2a$12$new")).isTrue();
    assertThat(store.users().changePassword(bob.id() + 100, "$2a$12$x")).isFalse();

    assertThat(store.users().byId(alice.id()).orElseThrow().passwordHash()).isEqualTo("$2a$12$new");
    assertThat(store.users().byId(bob.id()).orElseThrow().passwordHash()).isEqualTo("$2a$12$bob");
  }

  @Test
  void alertsAreStoredOnceNewestFirstAndCanBeAcknowledged() {
    Alert rsi =
        new Alert(
            "AAPL",
            "1m",
            Instant.parse("2024-03-01T15:00:00Z"),
            "rsi_overbought",
            "warning",
            "AAPL RSI(14) 75.2 overbought",
            75.2);
    Alert thrust =
        new Alert(
            "",
            "1d",
            Instant.parse("2024-03-01T14:30:00Z"),
            "breadth_thrust",
            "critical",
            "thrust",
            Double.NaN);

    long first = store.alerts().save(List.of(rsi, thrust));
    long again = store.alerts().save(List.of(rsi));
    List<StoredAlert> recent = store.alerts().recent(10, false);

    assertThat(first).isEqualTo(2);
    assertThat(again).isZero();
    assertThat(recent).extracting(StoredAlert::alert).containsExactly(rsi, thrust);
    assertThat(recent.get(1).alert().value()).isNaN();
    assertThat(store.alerts().acknowledge(recent.get(0).id())).isTrue();
    assertThat(store.alerts().acknowledge(987_654)).isFalse();
    assertThat(store.alerts().recent(10, true))
        .extracting(StoredAlert::alert)
        .containsExactly(thrust);
    assertThat(store.alerts().byId(recent.get(0).id()).orElseThrow().acknowledged()).isTrue();
  }

  @Test
  void theNewestForecastOfAMethodIsReadBackAndMakingItAgainReplacesIt() {
    LocalDate monday = LocalDate.of(2024, 3, 4);
    StoredForecast older = forecast(monday, "ARIMA(0,1,0)", 100.0, 2);
    StoredForecast newer = forecast(monday.plusDays(1), "ARIMA(0,1,1) with drift", 101.0, 3);
    StoredForecast remade = forecast(monday.plusDays(1), "ARIMA(1,1,0)", 102.5, 2);

    store.forecasts().save(older);
    store.forecasts().save(newer);
    StoredForecast latest =
        store.forecasts().latest("AAPL", Interval.ONE_DAY, "auto").orElseThrow();
    store.forecasts().save(remade);

    assertThat(latest).isEqualTo(newer);
    assertThat(store.forecasts().latest("AAPL", Interval.ONE_DAY, "auto")).contains(remade);
    assertThat(store.forecasts().latest("AAPL", Interval.ONE_DAY, "regression")).isEmpty();
    assertThat(store.forecasts().latest("MSFT", Interval.ONE_DAY, "auto")).isEmpty();
  }

  private static StoredForecast forecast(LocalDate origin, String model, double mean, int steps) {
    List<StoredForecast.Step> points = new ArrayList<>();
    for (int step = 1; step <= steps; step++) {
      points.add(
          new StoredForecast.Step(
              origin.plusDays(step),
              new ForecastPoint(
                  step,
                  mean + step,
                  mean - step,
                  mean + 2 * step,
                  mean - 3 * step,
                  mean + 4.25 * step)));
    }
    return new StoredForecast("AAPL", Interval.ONE_DAY, origin, "auto", model, points, NOW);
  }

  @Test
  void backtestResultsAreStoredAndReadBackById() {
    long id = store.saveBacktest("sma-cross", "--fast 50 --slow 200", "{\"metrics\":{}}");

    StoredBacktest stored = store.backtest(id).orElseThrow();

    assertThat(stored.strategy()).isEqualTo("sma-cross");
    assertThat(stored.parameters()).isEqualTo("--fast 50 --slow 200");
    assertThat(stored.resultJson()).isEqualTo("{\"metrics\":{}}");
    assertThat(store.backtest(id + 1)).isEmpty();
    assertThat(stored.created()).isEqualTo(NOW);
  }

  @Test
  void recentBacktestsComeNewestFirst() {
    long first = store.saveBacktest("sma-cross", "a", "{}");
    long second = store.saveBacktest("breadth", "b", "{}");

    assertThat(store.recentBacktests(10))
        .extracting(StoredBacktest::id)
        .containsExactly(second, first);
    assertThat(store.recentBacktests(1))
        .extracting(StoredBacktest::strategy)
        .containsExactly("breadth");
  }

  @Test
  void theLatestSignalOfEachSymbolIsItsNewestSessionFirstStrategyByName() {
    store.upsertSignals(
        List.of(
            signalOf("AAPL", "2024-01-02", "composite", SignalAction.SELL),
            signalOf("AAPL", "2024-01-03", "momentum", SignalAction.HOLD),
            signalOf("AAPL", "2024-01-03", "breadth", SignalAction.BUY),
            signalOf("MSFT", "2024-01-02", "composite", SignalAction.HOLD),
            signalOf("NVDA", "2024-01-04", "composite", SignalAction.BUY)));

    assertThat(store.latestSignals(List.of("MSFT", "AAPL", "TSLA")))
        .extracting(Signal::symbol, Signal::strategy, Signal::action)
        .containsExactly(
            tuple("AAPL", "breadth", SignalAction.BUY),
            tuple("MSFT", "composite", SignalAction.HOLD));
    assertThat(store.latestSignals(List.of())).isEmpty();
  }

  private static Signal signalOf(String symbol, String date, String strategy, SignalAction action) {
    return new Signal(symbol, LocalDate.parse(date), strategy, 0.5, action, 0.7, List.of());
  }

  private static Signal signal(String symbol, String date, double score, SignalAction action) {
    return new Signal(
        symbol,
        LocalDate.parse(date),
        "composite",
        score,
        action,
        Math.abs(score),
        List.of(new SignalComponent("trend", score, 0.3, "close +1.0% vs SMA50")));
  }

  @Test
  void lakeExportWritesOneParquetFilePerSymbolThatReadsBackExactly(@TempDir Path lakeDir) {
    List<Bar> aapl = dailyBars("AAPL", LocalDate.of(2016, 1, 4), 25);
    List<Bar> brk = dailyBars("BRK.B", LocalDate.of(2017, 3, 1), 3);
    Bar minute = MINUTE_BAR;
    store.upsertBars(aapl);
    store.upsertBars(brk);
    store.upsertBars(List.of(minute));
    ParquetLake lake = new ParquetLake(lakeDir);

    ParquetLake.ExportResult result = lake.export(store, symbol -> {});
    lake.export(store, symbol -> {});

    assertThat(result).isEqualTo(new ParquetLake.ExportResult(2, 29));
    assertThat(lake.files())
        .containsExactly(
            lakeDir.resolve("ohlcv/AAPL/AAPL_2016-01-04_2016-02-08.parquet"),
            lakeDir.resolve("ohlcv/BRK.B/BRK.B_2017-03-01_2017-03-03.parquet"));
    List<Bar> expected = new ArrayList<>(aapl);
    expected.add(minute);
    assertThat(lake.read(lake.files().get(0))).containsExactlyElementsOf(expected);
    assertThat(lake.read(lake.files().get(1))).containsExactlyElementsOf(brk);
  }

  /** {@code count} consecutive NYSE daily bars of {@code symbol} from {@code first}. */
  static List<Bar> dailyBars(String symbol, LocalDate first, int count) {
    List<Bar> bars = new ArrayList<>();
    LocalDate day =
        io.breadthflow.core.calendar.NyseCalendar.isTradingDay(first)
            ? first
            : io.breadthflow.core.calendar.NyseCalendar.nextTradingDay(first);
    for (int i = 0; i < count; i++) {
      double close = 100 + i * 0.37 + Math.sin(i) * 2.1234567891;
      bars.add(
          Bar.daily(symbol, day, close - 0.5, close + 1.25, close - 1.75, close, 1_000_000 + i));
      day = io.breadthflow.core.calendar.NyseCalendar.nextTradingDay(day);
    }
    return bars;
  }

  private static List<Bar> reversed(List<Bar> bars) {
    List<Bar> copy = new ArrayList<>(bars);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
