package io.breadthflow.app.stream;

import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.stream.Deduplication;
import io.breadthflow.stream.PipelineSpec;
import io.breadthflow.stream.rule.RuleSource;
import java.time.LocalDate;
import java.util.List;

/** The pipeline specification of a job's settings, for every runtime. */
final class StreamSpecs {
  private StreamSpecs() {}

  static PipelineSpec of(
      List<String> universe,
      JobSettings settings,
      LocalDate outputFrom,
      Deduplication deduplication,
      String bridge,
      RuleSource rules) {
    return new PipelineSpec(
        universe,
        settings.intervals(),
        settings.outOfOrder(),
        settings.lateness(),
        PipelineSpec.IDLENESS,
        deduplication,
        SignalWeights.defaults(),
        settings.alertRules(),
        outputFrom,
        bridge,
        settings.forecasts(),
        rules);
  }
}
