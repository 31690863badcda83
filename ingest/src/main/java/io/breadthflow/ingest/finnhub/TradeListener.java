package io.breadthflow.ingest.finnhub;

import io.breadthflow.core.domain.Trade;

/** Receives live trades, one at a time, on the client's delivery thread. */
public interface TradeListener {
  /** A trade, never a duplicate of one already delivered. */
  void onTrade(Trade trade);

  /** A problem the provider reported or a connection failure; the client keeps reconnecting. */
  default void onProblem(String message) {}
}
