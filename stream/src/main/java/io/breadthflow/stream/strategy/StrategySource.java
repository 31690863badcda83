package io.breadthflow.stream.strategy;

import io.breadthflow.core.strategy.StrategyProgram;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/**
 * A strategy-language strategy for the streaming job, with the sectors of the job's universe.
 *
 * @param program the strategy
 * @param sectorOf the universe's symbols with their GICS sector (empty when unknown); symbols of
 *     the job without an entry are neither traded nor counted
 */
public record StrategySource(StrategyProgram program, Map<String, String> sectorOf)
    implements Serializable {
  public StrategySource {
    Objects.requireNonNull(program, "program");
    sectorOf = Map.copyOf(sectorOf);
  }
}
