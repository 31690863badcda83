package io.breadthflow.stream.trade;

import io.breadthflow.core.domain.Trade;

/**
 * A trade kept out of the bars, with the reason: invalid, a duplicate, or too late for its bar.
 *
 * @param trade the trade as received
 * @param reason why it was set aside
 */
public record RejectedTrade(Trade trade, String reason) {
  public static final String DUPLICATE = "duplicate trade";
  public static final String LATE = "late: its bars were final";
}
