package io.breadthflow.app.stream;

import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.stream.Deduplication;
import io.breadthflow.stream.PipelineSpec;
import io.breadthflow.stream.rule.RuleSource;
import io.breadthflow.stream.strategy.StrategySource;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pipeline specification of a job's settings, for every runtime. */
final class StreamSpecs {
  private StreamSpecs() {}

  /**
   * The spec of a job over {@code universe}; a strategy of the settings reads its sectors from
   * {@code sectorOf} (symbol to sector, every symbol of the universe).
   */
  static PipelineSpec of(
      List<String> universe,
      Map<String, String> sectorOf,
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
        rules,
        settings.strategy().map(program -> new StrategySource(program, sectorOf)).orElse(null));
  }

  /** The members of {@code universe} with their sectors. */
  static Map<String, String> sectors(Universe universe) {
    Map<String, String> sectors = new LinkedHashMap<>();
    universe.members().forEach(member -> sectors.put(member.symbol(), member.sector()));
    return sectors;
  }

  /** {@code symbols} without known sectors. */
  static Map<String, String> noSectors(List<String> symbols) {
    Map<String, String> sectors = new LinkedHashMap<>();
    symbols.forEach(symbol -> sectors.put(symbol, ""));
    return sectors;
  }
}
