package io.breadthflow.app.stream;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.strategy.StrategyProgram;
import io.breadthflow.stream.alert.AlertRules;
import io.breadthflow.stream.forecast.ForecastSchedule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How a streaming job runs, whatever its source; every value is checked here.
 *
 * @param intervals intraday bar intervals built from trades (1m, 5m, 1h)
 * @param outOfOrder watermark delay behind the newest trade, 0 to 10 minutes
 * @param lateness how long a bar still takes late trades, 0 to 1 hour
 * @param checkpoints the checkpoint folder
 * @param checkpointInterval time between checkpoints, 100 ms to 1 hour
 * @param start resume from the newest retained checkpoint, or start afresh
 * @param alertRules alert thresholds
 * @param parallelism tasks per operator, 1 to 64
 */
public record JobSettings(
    List<Interval> intervals,
    Duration outOfOrder,
    Duration lateness,
    Path checkpoints,
    Duration checkpointInterval,
    Start start,
    AlertRules alertRules,
    int parallelism,
    ForecastSchedule forecasts,
    Optional<StrategyProgram> strategy) {

  /** Settings without a strategy. */
  public JobSettings(
      List<Interval> intervals,
      Duration outOfOrder,
      Duration lateness,
      Path checkpoints,
      Duration checkpointInterval,
      Start start,
      AlertRules alertRules,
      int parallelism,
      ForecastSchedule forecasts) {
    this(
        intervals,
        outOfOrder,
        lateness,
        checkpoints,
        checkpointInterval,
        start,
        alertRules,
        parallelism,
        forecasts,
        Optional.empty());
  }

  /** Where a job's state comes from. */
  public enum Start {
    /** The newest retained checkpoint or savepoint of the same folder, if any. */
    RESUME_LATEST,
    /** Empty state. */
    FRESH
  }

  /** Restarts after a failure before the job gives up. */
  public static final int RESTARTS = 3;

  /** Restarts on a cluster, where a lost TaskManager or broker is one failure each. */
  public static final int CLUSTER_RESTARTS = 10;

  public JobSettings {
    UseCaseException.requiredEach(intervals, "intervals");
    intervals = List.copyOf(intervals);
    if (intervals.isEmpty() || intervals.contains(Interval.ONE_DAY)) {
      throw UseCaseException.invalid("intervals are 1m, 5m and 1h (trades build intraday bars)");
    }
    within("out-of-order delay", outOfOrder, Duration.ZERO, Duration.ofMinutes(10));
    within("lateness", lateness, Duration.ZERO, Duration.ofHours(1));
    within("checkpoint interval", checkpointInterval, Duration.ofMillis(100), Duration.ofHours(1));
    if (checkpoints == null || start == null || alertRules == null) {
      throw UseCaseException.invalid("a job needs a checkpoint folder, a start and alert rules");
    }
    UseCaseException.required(forecasts, "a forecast schedule");
    UseCaseException.required(strategy, "a strategy or none");
    if (parallelism < 1 || parallelism > 64) {
      throw UseCaseException.invalid("parallelism must be between 1 and 64, got " + parallelism);
    }
  }

  /**
   * The defaults: 1m/5m/1h bars, 2 s out of order, 10 s lateness, a checkpoint every 10 s,
   * resuming, the default alert rules, parallelism 2, forecasts on the default schedule.
   */
  public static JobSettings defaults(Path checkpoints) {
    return new JobSettings(
        List.of(Interval.ONE_MINUTE, Interval.FIVE_MINUTES, Interval.ONE_HOUR),
        Duration.ofSeconds(2),
        Duration.ofSeconds(10),
        checkpoints,
        Duration.ofSeconds(10),
        Start.RESUME_LATEST,
        AlertRules.defaults(),
        2,
        ForecastSchedule.defaults());
  }

  /** The same starting afresh. */
  public JobSettings fresh() {
    return startingFrom(Start.FRESH);
  }

  /** The same resuming from the newest retained checkpoint or savepoint. */
  public JobSettings resumed() {
    return startingFrom(Start.RESUME_LATEST);
  }

  private JobSettings startingFrom(Start from) {
    return new JobSettings(
        intervals,
        outOfOrder,
        lateness,
        checkpoints,
        checkpointInterval,
        from,
        alertRules,
        parallelism,
        forecasts,
        strategy);
  }

  /** The same with {@code program}'s decisions as alerts. */
  public JobSettings withStrategy(StrategyProgram program) {
    return new JobSettings(
        intervals,
        outOfOrder,
        lateness,
        checkpoints,
        checkpointInterval,
        start,
        alertRules,
        parallelism,
        forecasts,
        Optional.of(program));
  }

  private static void within(String what, Duration value, Duration min, Duration max) {
    if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw UseCaseException.invalid(
          what + " must be between " + min + " and " + max + ", got " + value);
    }
  }
}
