package io.breadthflow.app.forecast;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.run.Recorded;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.core.adjust.Adjustment;
import io.breadthflow.core.adjust.PriceAdjuster;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.forecast.FittedModel;
import io.breadthflow.core.forecast.Forecast;
import io.breadthflow.core.forecast.ForecastException;
import io.breadthflow.core.forecast.ForecastPoint;
import io.breadthflow.core.forecast.evaluation.Evaluation;
import io.breadthflow.core.forecast.evaluation.OriginForecast;
import io.breadthflow.core.forecast.evaluation.WalkForwardConfig;
import io.breadthflow.core.forecast.evaluation.WalkForwardEvaluation;
import io.breadthflow.core.forecast.evaluation.WindowType;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.StoredForecast;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forecasts of daily closes from stored history, stored so that the API and the dashboard read them
 * back, and their honest walk-forward evaluation; symbols are worked on in parallel. A symbol with
 * too little history is skipped with its reason, never forecast from invented values.
 */
public final class ForecastService {
  /** The fewest closes a model is fitted on (the seed system's minimum). */
  public static final int MIN_OBSERVATIONS = 50;

  private static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);
  private static final Logger LOG = LoggerFactory.getLogger(ForecastService.class);

  private final MarketStore store;
  private final RunRecorder runs;
  private final Clock clock;

  public ForecastService(MarketStore store, RunRecorder runs, Clock clock) {
    this.store = store;
    this.runs = runs;
    this.clock = clock;
  }

  /** Forecasts every symbol of {@code request} and stores the forecasts, as a recorded run. */
  public Recorded<ForecastReport> forecast(ForecastRequest request, Progress progress) {
    return runs.run(request, id -> make(request, progress));
  }

  /**
   * The forecast of one symbol from all its stored history: the stored one when it was made from
   * the symbol's newest session with at least {@code horizon} steps, else a new one (stored).
   *
   * @throws UseCaseException when the symbol has no or too little stored history
   */
  public SymbolForecast latest(String symbol, int horizon, ModelChoice model) {
    ForecastRequest.HORIZON.checkInt(horizon);
    ClosingPrices prices = closes(symbol);
    Optional<StoredForecast> stored =
        store.forecasts().latest(symbol, Interval.ONE_DAY, model.code());
    if (stored.isPresent()
        && stored.get().origin().equals(prices.lastSession())
        && stored.get().steps().size() >= horizon) {
      StoredForecast found = stored.get();
      return new SymbolForecast(
          new StoredForecast(
              found.symbol(),
              found.interval(),
              found.origin(),
              found.method(),
              found.model(),
              found.steps().subList(0, horizon),
              found.madeAt()),
          prices.lastClose(),
          prices.size());
    }
    try {
      SymbolForecast made = fit(prices, horizon, model);
      store.forecasts().save(made.forecast());
      return made;
    } catch (ForecastException e) {
      throw UseCaseException.noData("no forecast for " + symbol + ": " + e.getMessage());
    }
  }

  /**
   * Walks the model and both baselines forward over each symbol's stored closes and compares them,
   * as a recorded run.
   */
  public Recorded<EvaluationReport> evaluate(EvaluationRequest request, Progress progress) {
    return runs.run(
        request,
        id -> {
          PerSymbol<SymbolEvaluation> done =
              perSymbol(
                  request.universe(),
                  Optional.empty(),
                  "walk-forward",
                  prices -> evaluation(prices, request),
                  progress);
          return new EvaluationReport(request, done.results(), done.skipped());
        });
  }

  private ForecastReport make(ForecastRequest request, Progress progress) {
    PerSymbol<SymbolForecast> done =
        perSymbol(
            request.universe(),
            request.asOf(),
            "forecast",
            prices -> {
              SymbolForecast forecast = fit(checked(prices), request.horizon(), request.model());
              store.forecasts().save(forecast.forecast());
              return forecast;
            },
            progress);
    return new ForecastReport(request, done.results(), done.skipped());
  }

  private SymbolEvaluation evaluation(ClosingPrices prices, EvaluationRequest request) {
    checked(prices);
    int firstOrigin = -1;
    while (firstOrigin + 1 < prices.size()
        && !prices.sessions()[firstOrigin + 1].isAfter(request.start())) {
      firstOrigin++;
    }
    int needed = Math.max(MIN_OBSERVATIONS, request.rollingWindow()) - 1;
    if (firstOrigin < needed) {
      throw UseCaseException.noData(
          prices.symbol()
              + " has "
              + (firstOrigin + 1)
              + " stored closes up to "
              + request.start()
              + "; the first fit needs "
              + (needed + 1));
    }
    if (firstOrigin + request.horizon() >= prices.size()) {
      throw UseCaseException.noData(
          prices.symbol()
              + " has no "
              + request.horizon()
              + " stored closes after "
              + request.start()
              + " to check a forecast against");
    }
    WalkForwardConfig config =
        new WalkForwardConfig(
            firstOrigin,
            request.horizon(),
            request.rollingWindow() == 0
                ? WindowType.expanding()
                : WindowType.rolling(request.rollingWindow()),
            request.refitEvery(),
            request.step());
    Evaluation evaluation =
        WalkForwardEvaluation.compare(
            prices.closes(), request.model().forecaster(request.horizon()), config);
    List<OriginForecast> origins = evaluation.candidate().run().origins();
    return new SymbolEvaluation(
        prices.symbol(),
        prices.sessions()[origins.get(0).origin()],
        prices.sessions()[origins.get(origins.size() - 1).origin()],
        evaluation);
  }

  /** What a per-symbol use case made, and the symbols it skipped with their reasons. */
  private record PerSymbol<T>(List<T> results, List<SkippedSymbol> skipped) {}

  /**
   * Runs {@code work} on each symbol's closes in parallel; a symbol it refuses (no data, a model
   * that cannot be fitted) is skipped with the reason, and nothing made at all is an error.
   */
  private <T> PerSymbol<T> perSymbol(
      Universe universe,
      Optional<LocalDate> asOf,
      String label,
      Function<ClosingPrices, T> work,
      Progress progress) {
    LocalDate end = asOf.orElse(NyseCalendar.LAST_DATE);
    DailyPanel panel = splitAdjusted(store.dailyPanel(universe.symbols(), BEGINNING, end));
    if (panel.sessions().length == 0) {
      throw UseCaseException.noData(
          "no stored daily bars for "
              + universe.name()
              + asOf.map(date -> " up to " + date).orElse("")
              + "; load them first with 'bf data import' or 'bf data fetch'");
    }
    Map<String, T> made = new ConcurrentSkipListMap<>();
    Map<String, SkippedSymbol> skipped = new ConcurrentSkipListMap<>();
    universe.symbols().stream()
        .filter(symbol -> !panel.symbols().contains(symbol))
        .forEach(symbol -> skipped.put(symbol, new SkippedSymbol(symbol, "no stored daily bars")));
    progress.begin(label, panel.symbols().size());
    try {
      IntStream.range(0, panel.symbols().size())
          .parallel()
          .forEach(
              s -> {
                ClosingPrices prices = ClosingPrices.of(panel, s);
                try {
                  made.put(prices.symbol(), work.apply(prices));
                } catch (UseCaseException | ForecastException e) {
                  skipped.put(prices.symbol(), new SkippedSymbol(prices.symbol(), e.getMessage()));
                } catch (RuntimeException e) {
                  LOG.warn("{} of {} failed", label, prices.symbol(), e);
                  skipped.put(
                      prices.symbol(),
                      new SkippedSymbol(prices.symbol(), "the model could not be fitted"));
                }
                progress.step(prices.symbol());
              });
    } finally {
      progress.end();
    }
    skipped
        .values()
        .forEach(skip -> progress.note("skipped " + skip.symbol() + ": " + skip.reason()));
    if (made.isEmpty()) {
      throw UseCaseException.noData(
          "no symbol of "
              + universe.name()
              + " could be used"
              + skipped.values().stream().findFirst().map(skip -> ": " + skip.reason()).orElse(""));
    }
    return new PerSymbol<>(List.copyOf(made.values()), List.copyOf(skipped.values()));
  }

  private ClosingPrices closes(String symbol) {
    DailyPanel panel =
        splitAdjusted(store.dailyPanel(List.of(symbol), BEGINNING, NyseCalendar.LAST_DATE));
    if (panel.symbols().isEmpty()) {
      throw UseCaseException.notFound("no stored daily bars for " + symbol);
    }
    return checked(ClosingPrices.of(panel, 0));
  }

  /** Closes corrected for stored splits (docs/ADJUSTMENT.md), so a split is not a price move. */
  private DailyPanel splitAdjusted(DailyPanel panel) {
    return PriceAdjuster.adjust(panel, store::corporateActions, Adjustment.SPLIT_ADJUSTED);
  }

  private static ClosingPrices checked(ClosingPrices prices) {
    if (prices.size() < MIN_OBSERVATIONS) {
      throw UseCaseException.noData(
          prices.symbol()
              + " has "
              + prices.size()
              + " stored closes; a forecast needs at least "
              + MIN_OBSERVATIONS);
    }
    return prices;
  }

  private SymbolForecast fit(ClosingPrices prices, int horizon, ModelChoice model) {
    FittedModel fitted = model.forecaster(horizon).fit(prices.closes());
    Forecast forecast = fitted.forecast(horizon);
    List<StoredForecast.Step> steps = new ArrayList<>(horizon);
    LocalDate target = prices.lastSession();
    for (ForecastPoint point : forecast.points()) {
      target = NyseCalendar.nextTradingDay(target);
      steps.add(new StoredForecast.Step(target, point));
    }
    StoredForecast stored =
        new StoredForecast(
            prices.symbol(),
            Interval.ONE_DAY,
            prices.lastSession(),
            model.code(),
            fitted.description(),
            steps,
            clock.instant());
    return new SymbolForecast(stored, prices.lastClose(), prices.size());
  }
}
