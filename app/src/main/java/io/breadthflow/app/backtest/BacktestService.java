package io.breadthflow.app.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.json.Json;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.run.Recorded;
import io.breadthflow.app.run.RunOutcome;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.app.run.RunRequest;
import io.breadthflow.core.adjust.Adjustment;
import io.breadthflow.core.backtest.BacktestResult;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.PipelineRun;
import io.breadthflow.store.RunStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Backtests on the stored daily bars, without look-ahead: one at a time (synchronously, or
 * submitted to run in the background), a parameter grid in parallel, or a walk-forward optimisation
 * ({@link WalkForwardRequest}, recorded as {@value WalkForwardRequest#COMMAND}). Every backtest is
 * recorded as a {@value BacktestRequest#COMMAND} run and stored in the one {@link BacktestJson}
 * shape, so that any of them can be listed and shown, whichever entry point started it.
 */
public final class BacktestService {
  /** Backtests one owner may have running or queued at once. */
  public static final int PER_OWNER = 4;

  private final MarketStore store;
  private final RunRecorder runs;
  private final Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

  public BacktestService(MarketStore store, RunRecorder runs) {
    this.store = store;
    this.runs = runs;
  }

  /** Runs {@code request} in this thread as a recorded run; the result is stored. */
  public Recorded<BacktestReport> run(BacktestRequest request, Progress progress) {
    return runs.run(request, id -> execute(request, progress));
  }

  /**
   * Starts {@code request} for {@code owner} on {@code executor}; returns its run id at once.
   *
   * @throws UseCaseException ({@link io.breadthflow.app.Failure#TOO_MANY}) when the owner already
   *     has {@value #PER_OWNER} backtests running or queued, or the executor takes no more work
   */
  public long submit(BacktestRequest request, Executor executor, String owner) {
    return submitCounted(request, executor, owner, id -> execute(request, Progress.SILENT));
  }

  /**
   * Starts the walk-forward {@code request} for {@code owner} on {@code executor}; returns its run
   * id at once. It counts towards the same {@value #PER_OWNER} per owner as backtests.
   *
   * @throws UseCaseException ({@link io.breadthflow.app.Failure#TOO_MANY}) as {@link #submit}
   */
  public long submitWalkForward(WalkForwardRequest request, Executor executor, String owner) {
    return submitCounted(
        request,
        executor,
        owner,
        id -> WalkForwardExecution.execute(store, request, Progress.SILENT));
  }

  /**
   * Runs the walk-forward {@code request} in this thread (grid points on {@code request.parallel()}
   * threads) as a recorded run; the result is stored.
   */
  public Recorded<WalkForwardReport> walkForward(WalkForwardRequest request, Progress progress) {
    return runs.run(request, id -> WalkForwardExecution.execute(store, request, progress));
  }

  private <R extends RunOutcome> long submitCounted(
      RunRequest request, Executor executor, String owner, RunRecorder.Work<R> work) {
    AtomicInteger mine = inFlight.computeIfAbsent(owner, o -> new AtomicInteger());
    if (mine.incrementAndGet() > PER_OWNER) {
      mine.decrementAndGet();
      throw UseCaseException.tooMany(
          "at most " + PER_OWNER + " backtests running or queued per user; retry when one ends",
          Duration.ofSeconds(5));
    }
    try {
      return runs.submit(request, executor, work, (id, done) -> mine.decrementAndGet());
    } catch (RejectedExecutionException e) {
      mine.decrementAndGet();
      throw UseCaseException.tooMany("the server is busy; retry later", Duration.ofSeconds(5));
    }
  }

  /** Runs every parameter set of {@code request} on the same data; the ranking is stored. */
  public Recorded<SweepReport> sweep(SweepRequest request, Progress progress) {
    return runs.run(request, id -> executeSweep(request, progress));
  }

  /**
   * The status and, once it succeeded, the stored result of the backtest run {@code runId}.
   *
   * @throws UseCaseException ({@link io.breadthflow.app.Failure#NOT_FOUND}) when no backtest run
   *     has that id
   */
  public BacktestView view(long runId) {
    return view(runId, BacktestRequest.COMMAND, "backtest");
  }

  /**
   * The status and, once it succeeded, the stored {@link WalkForwardJson} of the walk-forward run
   * {@code runId}.
   *
   * @throws UseCaseException ({@link io.breadthflow.app.Failure#NOT_FOUND}) when no walk-forward
   *     run has that id
   */
  public BacktestView walkForwardView(long runId) {
    return view(runId, WalkForwardRequest.COMMAND, "walk-forward");
  }

  /** The most recent walk-forward runs, newest first, whatever started them. */
  public List<BacktestView> recentWalkForwards(int limit) {
    return recent(limit, WalkForwardRequest.COMMAND);
  }

  private BacktestView view(long runId, String command, String what) {
    PipelineRun run;
    try {
      run = store.run(runId);
    } catch (IllegalArgumentException e) {
      throw UseCaseException.notFound("no " + what + " with id " + runId);
    }
    if (!run.command().equals(command)) {
      throw UseCaseException.notFound("no " + what + " with id " + runId);
    }
    Optional<JsonNode> result = Optional.empty();
    if (run.status() == RunStatus.SUCCEEDED) {
      long stored = Json.read(run.counts()).path("backtest").asLong(-1);
      result = store.backtest(stored).map(b -> Json.read(b.resultJson()));
    }
    return new BacktestView(
        run.id(), run.status(), run.error(), Json.read(run.parameters()), result);
  }

  /** The most recent backtest runs, newest first, whatever started them. */
  public List<BacktestView> recent(int limit) {
    return recent(limit, BacktestRequest.COMMAND);
  }

  private List<BacktestView> recent(int limit, String command) {
    return store.recentRuns(Math.max(limit * 4, 200)).stream()
        .filter(run -> run.command().equals(command))
        .limit(limit)
        .map(
            run ->
                new BacktestView(
                    run.id(),
                    run.status(),
                    run.error(),
                    Json.read(run.parameters()),
                    Optional.empty()))
        .toList();
  }

  private BacktestReport execute(BacktestRequest request, Progress progress) {
    BacktestData data =
        BacktestData.load(
            store,
            request.universe(),
            request.pointInTime(),
            request.benchmark(),
            request.range(),
            request.adjustment(),
            progress);
    BacktestResult result = data.run(request.strategy().create(), request.config());
    ObjectNode json = BacktestJson.of(request, data.benchmarkName(), result);
    long id =
        store.saveBacktest(
            request.strategy().name(), Json.write(request.parameters()), Json.write(json));
    return new BacktestReport(id, request, data.benchmarkName(), result, json);
  }

  private SweepReport executeSweep(SweepRequest request, Progress progress) throws Exception {
    BacktestData data =
        BacktestData.load(
            store,
            request.universe(),
            request.pointInTime(),
            Optional.empty(),
            request.range(),
            Adjustment.TOTAL_RETURN,
            progress);
    ExecutorService pool = Executors.newFixedThreadPool(request.parallel());
    progress.begin("sweeping", request.grid().size());
    List<SweepReport.Ranked> ranked = new ArrayList<>();
    try {
      List<Future<BacktestResult>> futures = new ArrayList<>();
      for (StrategySpec spec : request.grid()) {
        futures.add(pool.submit(() -> data.run(spec.create(), request.config())));
      }
      for (int i = 0; i < futures.size(); i++) {
        StrategySpec spec = request.grid().get(i);
        ranked.add(new SweepReport.Ranked(spec, await(futures.get(i)).metrics()));
        progress.step(spec.parameters().toString());
      }
    } finally {
      progress.end();
      pool.shutdownNow();
    }
    ranked.sort(
        Comparator.comparingDouble(
            (SweepReport.Ranked r) ->
                Double.isNaN(r.metrics().sharpe())
                    ? Double.NEGATIVE_INFINITY
                    : -r.metrics().sharpe()));
    ObjectNode json = Json.MAPPER.createObjectNode();
    ArrayNode array = json.putArray("runs");
    for (SweepReport.Ranked r : ranked) {
      ObjectNode node = array.addObject();
      node.set("parameters", Json.MAPPER.valueToTree(r.strategy().parameters()));
      node.set("metrics", Json.MAPPER.valueToTree(BacktestJson.metrics(r.metrics())));
    }
    long id =
        store.saveBacktest(
            "sweep " + request.strategy(), Json.write(request.parameters()), Json.write(json));
    return new SweepReport(id, ranked, json);
  }

  private static BacktestResult await(Future<BacktestResult> future) throws Exception {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }
}
