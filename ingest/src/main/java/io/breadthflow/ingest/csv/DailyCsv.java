package io.breadthflow.ingest.csv;

import io.breadthflow.core.domain.Bar;
import java.util.List;

/**
 * The result of reading a daily bar file: the good bars in date order and the rows left out.
 *
 * @param symbol symbol the bars are for
 * @param bars accepted bars, strictly ascending by session date
 * @param rejected rows left out, with their line numbers and reasons
 */
public record DailyCsv(String symbol, List<Bar> bars, List<RejectedRow> rejected) {
  public DailyCsv {
    bars = List.copyOf(bars);
    rejected = List.copyOf(rejected);
  }
}
