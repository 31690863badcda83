package io.breadthflow.ingest.provider;

import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.CorporateAction;
import java.util.List;

/**
 * What a source delivered for one symbol.
 *
 * @param symbol the symbol
 * @param bars valid bars, oldest first
 * @param skippedRows rows the provider sent incomplete ({@code null} fields) or invalid, left out
 * @param actions splits and dividends in the range
 */
public record FetchedHistory(
    String symbol, List<Bar> bars, int skippedRows, List<CorporateAction> actions) {

  public FetchedHistory {
    bars = List.copyOf(bars);
    actions = List.copyOf(actions);
  }
}
