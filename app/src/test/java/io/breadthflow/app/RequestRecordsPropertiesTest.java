package io.breadthflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.app.backtest.BacktestRequest;
import io.breadthflow.app.backtest.PortfolioLimits;
import io.breadthflow.app.backtest.StrategySpec;
import io.breadthflow.app.backtest.SweepRequest;
import io.breadthflow.app.breadth.BreadthRequest;
import io.breadthflow.app.data.ExportRequest;
import io.breadthflow.app.data.FetchMode;
import io.breadthflow.app.data.FetchRequest;
import io.breadthflow.app.data.ImportRequest;
import io.breadthflow.app.data.Provider;
import io.breadthflow.app.data.SourceChoice;
import io.breadthflow.app.kafka.KafkaDemoRequest;
import io.breadthflow.app.run.RunRequest;
import io.breadthflow.app.signals.SignalRequest;
import io.breadthflow.app.stream.JobSettings;
import io.breadthflow.app.stream.StreamRequest;
import io.breadthflow.app.stream.StreamSource;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.app.universe.Selection;
import io.breadthflow.core.backtest.BacktestConfig;
import io.breadthflow.core.backtest.Direction;
import io.breadthflow.core.backtest.Quantities;
import io.breadthflow.core.backtest.Sizing;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.stream.alert.AlertRules;
import io.breadthflow.stream.forecast.ForecastSchedule;
import io.breadthflow.stream.source.Pacing;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * Every request record built from arbitrary numbers, strings and dates: a record whose {@code
 * command()} and {@code parameters()} work, or a {@link UseCaseException} with a one-line message;
 * never another exception. Only whole parameters are ever {@code null}, never list elements.
 */
class RequestRecordsPropertiesTest {
  private static final Universe AAPL = Selection.symbols(List.of("AAPL"));

  @Property(tries = 300)
  void dateRange(@ForAll("dates") LocalDate start, @ForAll("dates") LocalDate end) {
    validOrRefused(() -> new DateRange(start, end));
  }

  @Property(tries = 300)
  void explicitSymbols(@ForAll("symbolLists") List<String> symbols) {
    validOrRefused(() -> Selection.symbols(symbols));
  }

  @Property(tries = 300)
  void strategies(
      @ForAll("ints") int a,
      @ForAll("ints") int b,
      @ForAll("doubles") double x,
      @ForAll("doubles") double y) {
    validOrRefused(() -> new StrategySpec.SmaCross(a, b));
    validOrRefused(() -> new StrategySpec.RsiReversion(a, x, y));
  }

  @Property(tries = 300)
  void backtestRequest(
      @ForAll("universes") Universe universe,
      @ForAll("ranges") Supplier<DateRange> range,
      @ForAll("configs") Supplier<BacktestConfig> config,
      @ForAll("benchmarks") Optional<String> benchmark) {
    validOrRefused(
        () ->
            new BacktestRequest(
                universe, range.get(), new StrategySpec.SmaCross(5, 20), config.get(), benchmark));
  }

  @Property(tries = 300)
  void sweepRequest(
      @ForAll("someUniverse") Universe universe,
      @ForAll("someRange") Supplier<DateRange> range,
      @ForAll("intLists") List<Integer> fast,
      @ForAll("intLists") List<Integer> slow,
      @ForAll("configs") Supplier<BacktestConfig> config,
      @ForAll("ints") int parallel) {
    validOrRefused(
        () ->
            new SweepRequest(
                universe,
                range.get(),
                "sma-cross",
                SweepRequest.smaCrossGrid(fast, slow),
                config.get(),
                parallel));
  }

  @Property(tries = 300)
  void fetchRequest(
      @ForAll("someUniverse") Universe universe,
      @ForAll("someRange") Supplier<DateRange> range,
      @ForAll Interval interval,
      @ForAll Provider provider,
      @ForAll long seed,
      @ForAll("ints") int parallel,
      @ForAll FetchMode mode) {
    validOrRefused(
        () ->
            new FetchRequest(
                universe, range.get(), interval, new SourceChoice(provider, seed), parallel, mode));
  }

  @Property(tries = 200)
  void smallRequests(
      @ForAll("universes") Universe universe,
      @ForAll("ranges") Supplier<DateRange> range,
      @ForAll("ints") int trades,
      @ForAll("paths") Path path,
      @ForAll ImportRequest.Format format,
      @ForAll BreadthRequest.Grouping grouping) {
    validOrRefused(() -> new KafkaDemoRequest(trades, universe, Optional.empty()));
    validOrRefused(() -> new ImportRequest(format, path));
    validOrRefused(() -> new ExportRequest(path));
    validOrRefused(() -> new BreadthRequest(universe, range.get(), grouping));
    validOrRefused(
        () -> new SignalRequest(universe, range.get(), SignalWeights.defaults(), Optional.empty()));
  }

  @Property(tries = 300)
  void streamRequest(
      @ForAll("intervalLists") List<Interval> intervals,
      @ForAll("durations") Duration outOfOrder,
      @ForAll("durations") Duration lateness,
      @ForAll("durations") Duration checkpointInterval,
      @ForAll("ints") int parallelism,
      @ForAll("doubles") double rate,
      @ForAll("doubles") double startPrice,
      @ForAll("durations") Duration backfill,
      @ForAll("someUniverse") Universe universe,
      @ForAll("someRange") Supplier<DateRange> range) {
    validOrRefused(
        () ->
            new StreamRequest(
                new StreamSource.Simulator(universe, new double[] {startPrice}, rate, backfill, 42),
                new JobSettings(
                    intervals,
                    outOfOrder,
                    lateness,
                    Path.of("chk"),
                    checkpointInterval,
                    JobSettings.Start.FRESH,
                    AlertRules.defaults(),
                    parallelism,
                    ForecastSchedule.NONE)));
    validOrRefused(
        () ->
            new StreamRequest(
                new StreamSource.StoredBars(universe, range.get(), Pacing.AS_FAST_AS_POSSIBLE),
                JobSettings.defaults(Path.of("chk"))));
  }

  /**
   * Found by these properties (issue #15): records took a missing part without a {@link
   * UseCaseException} and failed later with a {@link NullPointerException}; they refuse it now.
   */
  @net.jqwik.api.Example
  void aMissingPartIsRefusedLikeAnyOtherBadValue() {
    DateRange range = new DateRange(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 2, 3));
    BacktestConfig config = PortfolioLimits.defaults();
    List<StrategySpec> grid = List.of(new StrategySpec.SmaCross(5, 20));
    SourceChoice yahoo = SourceChoice.of(Provider.YAHOO);
    JobSettings job = JobSettings.defaults(Path.of("chk"));
    List<Supplier<?>> builds =
        List.of(
            () -> new SweepRequest(null, range, "sma-cross", grid, config, 1),
            () -> new SweepRequest(AAPL, null, "sma-cross", grid, config, 1),
            () -> new SweepRequest(AAPL, range, "sma-cross", null, config, 1),
            () -> new SweepRequest(AAPL, range, "sma-cross", grid, null, 1),
            () -> new FetchRequest(null, range, Interval.ONE_DAY, yahoo, 4, FetchMode.MISSING),
            () -> new FetchRequest(AAPL, null, Interval.ONE_DAY, yahoo, 4, FetchMode.MISSING),
            () -> new FetchRequest(AAPL, range, null, yahoo, 4, FetchMode.MISSING),
            () -> new FetchRequest(AAPL, range, Interval.ONE_DAY, null, 4, FetchMode.MISSING),
            () ->
                new FetchRequest(
                    AAPL, range, Interval.ONE_DAY, new SourceChoice(null, 1), 4, FetchMode.MISSING),
            () -> new StreamSource.Simulator(null, new double[] {1}, 10, Duration.ZERO, 1),
            () -> new StreamSource.Simulator(AAPL, null, 10, Duration.ZERO, 1),
            () -> new StreamSource.TradeFiles(null, Pacing.AS_FAST_AS_POSSIBLE),
            () -> new StreamSource.StoredBars(null, range, Pacing.AS_FAST_AS_POSSIBLE),
            () -> new StreamSource.StoredBars(AAPL, null, Pacing.AS_FAST_AS_POSSIBLE),
            () -> new StreamSource.Finnhub(null),
            () -> new StreamSource.Kafka(null),
            () ->
                new JobSettings(
                    null,
                    Duration.ZERO,
                    Duration.ZERO,
                    Path.of("chk"),
                    Duration.ofSeconds(1),
                    JobSettings.Start.FRESH,
                    AlertRules.defaults(),
                    1,
                    ForecastSchedule.NONE),
            () ->
                new JobSettings(
                    List.of(Interval.ONE_MINUTE),
                    Duration.ZERO,
                    Duration.ZERO,
                    Path.of("chk"),
                    Duration.ofSeconds(1),
                    JobSettings.Start.FRESH,
                    AlertRules.defaults(),
                    1,
                    null),
            () -> Selection.symbols(null),
            () -> Selection.builtIn(null));
    for (Supplier<?> build : builds) {
      org.assertj.core.api.Assertions.assertThatThrownBy(build::get)
          .isInstanceOf(UseCaseException.class);
    }
    assertThat(job).isNotNull();
  }

  /** A record that works, or a clear refusal; any other exception fails the property. */
  static void validOrRefused(Supplier<?> build) {
    Object built;
    try {
      built = build.get();
    } catch (UseCaseException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContain("\n", "\r");
      return;
    }
    assertThat(built).isNotNull();
    if (built instanceof RunRequest request) {
      assertThat(request.command()).isNotBlank();
      assertThat(request.parameters()).isNotNull();
    }
  }

  @Provide
  Arbitrary<Integer> ints() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.integers().between(-5, 300)),
        Tuple.of(1, Arbitraries.integers()),
        Tuple.of(1, Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 1, 64, 65, 1_000)));
  }

  @Provide
  Arbitrary<List<Integer>> intLists() {
    return ints().list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<Double> doubles() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.doubles().between(-10, 200)),
        Tuple.of(1, Arbitraries.doubles()),
        Tuple.of(
            1,
            Arbitraries.of(
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                Double.MAX_VALUE,
                Double.MIN_VALUE,
                -0.0,
                1e12,
                1e12 + 1)));
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.frequencyOf(
            Tuple.of(
                6,
                Arbitraries.integers()
                    .between(0, 15_000)
                    .map(d -> LocalDate.of(1995, 1, 1).plusDays(d))),
            Tuple.of(
                1,
                Arbitraries.of(
                    LocalDate.MIN,
                    LocalDate.MAX,
                    LocalDate.EPOCH,
                    LocalDate.of(2000, 1, 1),
                    LocalDate.of(2030, 12, 31),
                    LocalDate.of(2031, 1, 1))))
        .injectNull(0.1);
  }

  @Provide
  Arbitrary<Supplier<DateRange>> ranges() {
    return Combinators.combine(dates(), dates())
        .as(
            (start, end) ->
                () -> {
                  try {
                    return new DateRange(start, end);
                  } catch (UseCaseException e) {
                    return null;
                  }
                });
  }

  @Provide
  Arbitrary<Supplier<DateRange>> someRange() {
    DateRange fallback = new DateRange(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 12, 31));
    return ranges()
        .map(
            range ->
                () -> {
                  DateRange built = range.get();
                  return built == null ? fallback : built;
                });
  }

  @Provide
  Arbitrary<Universe> someUniverse() {
    return Arbitraries.of(AAPL, Selection.builtIn("demo_small"));
  }

  @Provide
  Arbitrary<List<String>> symbolLists() {
    Arbitrary<String> symbol =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.of("AAPL", "msft", " brk.b ", "", "^GSPC", "EURUSD=X")),
            Tuple.of(1, Arbitraries.strings().ofMaxLength(20)),
            Tuple.of(1, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(16)));
    return symbol.list().ofMaxSize(30);
  }

  @Provide
  Arbitrary<Universe> universes() {
    return Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.just(AAPL)),
            Tuple.of(1, Arbitraries.just(Selection.builtIn("demo_small"))))
        .injectNull(0.1);
  }

  @Provide
  Arbitrary<Supplier<BacktestConfig>> configs() {
    return Combinators.combine(
            doubles().list().ofSize(6),
            ints(),
            Arbitraries.of(Quantities.class),
            Arbitraries.of(Sizing.class),
            Arbitraries.of(Direction.class),
            Arbitraries.integers().between(0, 3))
        .as(
            (d, maxPositions, quantities, sizing, direction, shape) ->
                () -> {
                  if (shape == 0) {
                    return PortfolioLimits.defaults();
                  }
                  try {
                    return new BacktestConfig(
                        shape == 1 ? 100_000 : Math.abs(d.get(0)) * 1e4,
                        d.get(1),
                        d.get(2),
                        d.get(3),
                        quantities,
                        sizing,
                        d.get(4),
                        maxPositions,
                        direction,
                        d.get(5));
                  } catch (IllegalArgumentException e) {
                    // a core value record refusing a value: not a request record
                    return PortfolioLimits.defaults();
                  }
                });
  }

  @Provide
  Arbitrary<Optional<String>> benchmarks() {
    return Arbitraries.oneOf(
        Arbitraries.just(Optional.empty()),
        Arbitraries.of("SPY", "spy", "", " ", "^GSPC").map(Optional::of),
        Arbitraries.strings().ofMaxLength(20).map(Optional::of));
  }

  @Provide
  Arbitrary<Path> paths() {
    return Arbitraries.of(Path.of("/"), Path.of("lake"), Path.of("data/in.csv"), Path.of(""))
        .injectNull(0.2);
  }

  @Provide
  Arbitrary<List<Interval>> intervalLists() {
    return Arbitraries.of(Interval.class).list().ofMaxSize(5);
  }

  @Provide
  Arbitrary<Duration> durations() {
    return Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.longs().between(-10_000, 4_000_000).map(Duration::ofMillis)),
            Tuple.of(
                1,
                Arbitraries.of(
                    Duration.ZERO,
                    Duration.ofSeconds(Long.MAX_VALUE, 999_999_999),
                    Duration.ofSeconds(Long.MIN_VALUE),
                    Duration.ofDays(1),
                    Duration.ofDays(1).plusNanos(1))))
        .injectNull(0.1);
  }
}
