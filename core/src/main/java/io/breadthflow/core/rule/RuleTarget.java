package io.breadthflow.core.rule;

import io.breadthflow.core.domain.Symbols;
import java.io.Serializable;
import java.util.Objects;

/**
 * What a rule watches.
 *
 * @param kind symbol, watchlist or universe
 * @param value the symbol ({@code AAPL}), the watchlist's id ({@code 12}) or the universe's name
 *     ({@code sp100})
 */
public record RuleTarget(TargetKind kind, String value) implements Serializable {
  private static final int MAX_NAME = 64;

  public RuleTarget {
    Objects.requireNonNull(kind, "target kind");
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("target value is required");
    }
    value = value.trim();
    switch (kind) {
      case SYMBOL -> Symbols.require(value);
      case WATCHLIST -> {
        if (!value.matches("[1-9][0-9]{0,17}")) {
          throw new IllegalArgumentException(
              "a watchlist target is the watchlist's id, a positive number, but was '"
                  + value
                  + "'");
        }
      }
      case UNIVERSE -> {
        if (value.length() > MAX_NAME || !value.matches("[A-Za-z0-9_.-]+")) {
          throw new IllegalArgumentException(
              "a universe target is a universe name of 1-64 letters, digits, '_', '.' or '-'");
        }
      }
    }
  }

  /** A target of one symbol. */
  public static RuleTarget symbol(String symbol) {
    return new RuleTarget(TargetKind.SYMBOL, symbol);
  }

  /** A target of one of the owner's watchlists. */
  public static RuleTarget watchlist(long watchlistId) {
    return new RuleTarget(TargetKind.WATCHLIST, Long.toString(watchlistId));
  }

  /** A target of a named universe. */
  public static RuleTarget universe(String name) {
    return new RuleTarget(TargetKind.UNIVERSE, name);
  }

  /** The watchlist's id of a {@link TargetKind#WATCHLIST} target. */
  public long watchlistId() {
    if (kind != TargetKind.WATCHLIST) {
      throw new IllegalStateException("not a watchlist target: " + kind);
    }
    return Long.parseLong(value);
  }
}
