package io.breadthflow.server.market;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * JSON names of {@link io.breadthflow.core.breadth.BreadthRow} that snake_case alone would not make
 * equal to the CSV header of {@code bf breadth} (a Jackson mix-in).
 */
abstract class BreadthRowNames {
  @JsonProperty("mcclellan_osc")
  abstract double mcclellanOscillator();

  @JsonProperty("mcclellan_sum")
  abstract double mcclellanSummation();

  @JsonProperty("new_highs_52w")
  abstract int newHighs52w();

  @JsonProperty("new_lows_52w")
  abstract int newLows52w();
}
