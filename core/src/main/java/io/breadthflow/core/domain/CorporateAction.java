package io.breadthflow.core.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A split or a cash dividend.
 *
 * @param symbol the instrument
 * @param exDate the ex-date (the session from which prices reflect it)
 * @param kind split or dividend
 * @param amount split ratio new/old shares (4 for a 4:1 split), or cash per share
 */
public record CorporateAction(String symbol, LocalDate exDate, Kind kind, double amount) {

  /** What happened. */
  public enum Kind {
    SPLIT,
    DIVIDEND
  }

  public CorporateAction {
    Symbols.require(symbol);
    Objects.requireNonNull(exDate, "exDate");
    Objects.requireNonNull(kind, "kind");
    if (!(amount > 0) || Double.isInfinite(amount)) {
      throw new IllegalArgumentException(kind + " amount must be positive: " + amount);
    }
  }
}
