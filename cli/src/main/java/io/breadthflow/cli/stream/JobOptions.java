package io.breadthflow.cli.stream;

import io.breadthflow.app.strategy.RulesFile;
import io.breadthflow.app.stream.AlertRulesFile;
import io.breadthflow.app.stream.JobSettings;
import io.breadthflow.cli.convert.DurationConverter;
import io.breadthflow.cli.convert.ForecastScheduleConverter;
import io.breadthflow.cli.convert.IntervalConverter;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.stream.alert.AlertRules;
import io.breadthflow.stream.forecast.ForecastSchedule;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options every streaming run shares: intervals, event time, checkpoints, run time. */
final class JobOptions {
  @Option(
      names = "--interval",
      defaultValue = "1m,5m,1h",
      split = ",",
      converter = IntervalConverter.class,
      description = "Bar intervals built from trades (default ${DEFAULT-VALUE}).")
  private List<Interval> intervals;

  @Mixin private EventTimeOptions eventTime;

  @Option(
      names = "--duration",
      converter = DurationConverter.class,
      description = "Stop after this long (default: at the end of the input, or Ctrl-C).")
  Duration duration;

  @Option(
      names = "--checkpoint-dir",
      paramLabel = "DIR",
      description = "Checkpoint folder (default ./data/checkpoints/<source>).")
  private Path checkpointDir;

  @Option(
      names = "--checkpoint-interval",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description = "Time between checkpoints (default ${DEFAULT-VALUE}).")
  private Duration checkpointInterval;

  @Option(
      names = "--fresh",
      description = "Start afresh instead of resuming from the latest retained checkpoint.")
  private boolean fresh;

  @Option(
      names = "--alert-rules",
      paramLabel = "FILE",
      description = "Alert thresholds (JSON or YAML; default RSI 70/30, volatility 60%, …).")
  private Path alertRules;

  @Option(
      names = "--parallelism",
      defaultValue = "2",
      description = "Tasks per operator, 1 to 64 (default ${DEFAULT-VALUE}).")
  private int parallelism;

  @Option(
      names = "--forecasts",
      defaultValue = ForecastSchedule.DEFAULT_SPEC,
      paramLabel = "off|INTERVAL=BARS,…",
      converter = ForecastScheduleConverter.class,
      description =
          "Forecast each symbol's next 5 bars by automatic ARIMA from its latest 240 closes, every"
              + " so many bars of each interval, pushed live; off for none (default"
              + " ${DEFAULT-VALUE}).")
  private ForecastSchedule forecasts;

  @Option(
      names = "--strategy-file",
      paramLabel = "FILE",
      description =
          "A strategy-language file (YAML/JSON) whose long/flat decisions on each interval's bars"
              + " are alerts (strategy_long, strategy_flat); docs/STRATEGY-LANGUAGE.md.")
  private Path strategyFile;

  /** The settings of a job reading {@code source} (its checkpoints' default folder). */
  JobSettings settings(String source) {
    AlertRules rules = alertRules == null ? AlertRules.defaults() : AlertRulesFile.read(alertRules);
    JobSettings settings =
        new JobSettings(
            intervals,
            eventTime.outOfOrder,
            eventTime.lateness,
            checkpointDir != null ? checkpointDir : Path.of("data", "checkpoints", source),
            checkpointInterval,
            fresh ? JobSettings.Start.FRESH : JobSettings.Start.RESUME_LATEST,
            rules,
            parallelism,
            forecasts);
    return strategyFile == null ? settings : settings.withStrategy(RulesFile.read(strategyFile));
  }
}
