package io.breadthflow.app.breadth;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A breadth event of one session: a Hindenburg Omen or a breadth thrust that fired.
 *
 * @param date the session
 * @param kind what fired
 */
public record BreadthEvent(LocalDate date, Kind kind) {

  /** The events the catalogue signals (see docs/ANALYTICS.md for each rule). */
  public enum Kind {
    /** A Hindenburg Omen signal without another in the previous 36 sessions. */
    HINDENBURG_SIGNAL,
    /** A Hindenburg Omen signal confirmed by another in the previous 36 sessions. */
    HINDENBURG_CONFIRMED,
    /** Zweig breadth thrust. */
    ZWEIG_THRUST,
    /** Whaley's 5-session ratio rose above 0.7366. */
    WHALEY_UP,
    /** Whaley's 5-session ratio fell below 0.1905. */
    WHALEY_DOWN,
    /** A Desmond 90% up day. */
    DESMOND_UP,
    /** A Desmond 90% down day. */
    DESMOND_DOWN;

    /** The name the API and CSV use, {@code hindenburg_confirmed}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public BreadthEvent {
    if (date == null || kind == null) {
      throw new IllegalArgumentException("a breadth event needs a date and a kind");
    }
  }
}
