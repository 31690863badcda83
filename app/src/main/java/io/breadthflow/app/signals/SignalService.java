package io.breadthflow.app.signals;

import io.breadthflow.app.data.FetchMode;
import io.breadthflow.app.data.FetchReport;
import io.breadthflow.app.data.FetchRequest;
import io.breadthflow.app.data.FetchService;
import io.breadthflow.app.data.SourceChoice;
import io.breadthflow.app.rules.DailyRules;
import io.breadthflow.app.rules.RuleBook;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.run.Recorded;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.app.universe.DateRange;
import io.breadthflow.app.universe.MemberMasks;
import io.breadthflow.app.universe.StoredHistory;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.rule.AlertRule;
import io.breadthflow.core.rule.RuleFiring;
import io.breadthflow.core.signal.Signal;
import io.breadthflow.core.signal.SignalAction;
import io.breadthflow.core.signal.SignalEngine;
import io.breadthflow.store.MarketStore;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Composite signals from whatever stored data covers a range, stored idempotently; never invented
 * when there is no data (a clear error instead). Optionally fetches what is missing first. The
 * users' daily personal rules are evaluated on the sessions generated and their firings enqueued
 * for delivery ({@link DailyRules}).
 */
public final class SignalService {
  /** Warm-up fetched before the range: a year of sessions covers SMA200 and the 52-week range. */
  private static final int WARM_UP_DAYS = 366;

  private final MarketStore store;
  private final RunRecorder runs;
  private final FetchService fetch;

  public SignalService(MarketStore store, RunRecorder runs, FetchService fetch) {
    this.store = store;
    this.runs = runs;
    this.fetch = fetch;
  }

  /** Generates and stores the signals of {@code request} as a recorded run. */
  public Recorded<SignalReport> generate(SignalRequest request, Progress progress) {
    Optional<FetchReport> fetched =
        request.fetchMissing().map(source -> fetchFirst(request, source, progress));
    return runs.run(
        request,
        id -> {
          DailyPanel panel =
              StoredHistory.load(store, request.universe(), List.of(), request.range(), progress);
          List<Signal> signals =
              SignalEngine.compute(
                  panel,
                  request.range().start(),
                  request.weights(),
                  MemberMasks.of(request.pointInTime(), panel));
          long changed = store.upsertSignals(signals);
          notifyRules(panel, request);
          Map<SignalAction, Long> actions = new EnumMap<>(SignalAction.class);
          signals.forEach(s -> actions.merge(s.action(), 1L, Long::sum));
          long symbols = signals.stream().map(Signal::symbol).distinct().count();
          return new SignalReport(request, signals.size(), symbols, changed, actions, fetched);
        });
  }

  /**
   * Evaluates the users' active daily rules on the sessions of {@code request} and enqueues their
   * firings (idempotent: a firing enqueued by an earlier run or by the streaming job adds nothing).
   */
  private long notifyRules(DailyPanel panel, SignalRequest request) {
    List<AlertRule> active =
        store.rules().active().stream().filter(r -> r.interval() == Interval.ONE_DAY).toList();
    if (active.isEmpty()) {
      return 0;
    }
    List<RuleFiring> firings =
        DailyRules.evaluate(
            new RuleBook(store).resolve(active),
            panel,
            request.range().start(),
            request.range().end(),
            request.weights());
    return firings.isEmpty() ? 0 : store.notifications().enqueue(firings);
  }

  /** Counts the stored signals per strategy and action, as a recorded run. */
  public Recorded<SignalSummary> summary() {
    return runs.run(new SignalSummaryRequest(), id -> new SignalSummary(store.signalSummary()));
  }

  private FetchReport fetchFirst(SignalRequest request, SourceChoice source, Progress progress) {
    DateRange range = request.range();
    DateRange warm = new DateRange(max(range.start().minusDays(WARM_UP_DAYS)), range.end());
    FetchReport report =
        fetch
            .fetch(
                new FetchRequest(
                    request.universe(),
                    warm,
                    Interval.ONE_DAY,
                    source,
                    FetchRequest.DEFAULT_PARALLEL,
                    FetchMode.MISSING),
                progress)
            .result();
    List<String> failed =
        report.symbols().stream().filter(s -> s.failed()).map(s -> s.symbol()).toList();
    progress.note(
        "fetched missing bars from "
            + source.provider().code()
            + ": "
            + report.written()
            + " bars written, "
            + failed.size()
            + " symbols failed"
            + (failed.isEmpty() ? "" : " (" + String.join(", ", failed) + ")"));
    return report;
  }

  private static java.time.LocalDate max(java.time.LocalDate date) {
    return date.isBefore(io.breadthflow.core.calendar.NyseCalendar.FIRST_DATE)
        ? io.breadthflow.core.calendar.NyseCalendar.FIRST_DATE
        : date;
  }
}
