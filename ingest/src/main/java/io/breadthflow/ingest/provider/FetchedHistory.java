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
 * @param throttling how often the provider throttled the calls and how long they waited
 */
public record FetchedHistory(
    String symbol,
    List<Bar> bars,
    int skippedRows,
    List<CorporateAction> actions,
    Throttling throttling) {

  public FetchedHistory {
    bars = List.copyOf(bars);
    actions = List.copyOf(actions);
    if (throttling == null) {
      throw new IllegalArgumentException("throttling must be given; use Throttling.NONE");
    }
  }

  /** Delivered without throttling. */
  public FetchedHistory(
      String symbol, List<Bar> bars, int skippedRows, List<CorporateAction> actions) {
    this(symbol, bars, skippedRows, actions, Throttling.NONE);
  }

  /** This history with {@code more} throttling added. */
  public FetchedHistory withThrottling(Throttling more) {
    return new FetchedHistory(symbol, bars, skippedRows, actions, throttling.plus(more));
  }
}
