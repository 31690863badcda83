package io.breadthflow.stream.trade;

import io.breadthflow.core.domain.Symbols;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.core.quality.BarValidator;
import java.util.Set;

/**
 * Silver-layer validation of a trade print: the reason it is unusable, or {@code null} when it is
 * fine. A usable trade has a valid symbol of the job's universe, a positive price of at most {@link
 * BarValidator#MAX_PRICE} (10<sup>9</sup>) and a positive size of at most {@link
 * BarValidator#MAX_VOLUME} (10<sup>15</sup>) shares, and is not flagged suspicious by its source.
 */
public final class TradeCheck {
  /** The condition a source marks a suspicious print with (Lean's Suspicious column). */
  public static final String SUSPICIOUS = "suspicious";

  private TradeCheck() {}

  /** How a source marks a record it could not decode (the rest of the text says why). */
  public static final String UNDECODABLE = "undecodable record: ";

  /** Why {@code trade} must be quarantined, {@code null} when it may pass. */
  public static String problem(Trade trade, Set<String> universe) {
    if (trade.conditions().startsWith(UNDECODABLE)) {
      return trade.conditions();
    }
    if (!Symbols.isValid(trade.symbol())) {
      return "invalid symbol";
    }
    if (!universe.isEmpty() && !universe.contains(trade.symbol())) {
      return "symbol not in the universe";
    }
    if (!(trade.price() > 0) || Double.isInfinite(trade.price())) {
      return "price not positive and finite";
    }
    if (!(trade.size() > 0) || Double.isInfinite(trade.size())) {
      return "size not positive and finite";
    }
    if (trade.price() > BarValidator.MAX_PRICE) {
      return "price above " + (long) BarValidator.MAX_PRICE;
    }
    if (trade.size() > BarValidator.MAX_VOLUME) {
      return "size above " + (long) BarValidator.MAX_VOLUME;
    }
    if (trade.conditions().contains(SUSPICIOUS)) {
      return "flagged suspicious by the source";
    }
    return null;
  }
}
