package io.breadthflow.core.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One trade print as a live source or a tick file delivers it.
 *
 * @param symbol ticker
 * @param time event time of the trade (UTC)
 * @param price trade price in the instrument's currency
 * @param size shares traded
 * @param venue exchange or venue code, empty when unknown
 * @param conditions sale condition codes as the source gives them, empty when none
 */
public record Trade(
    String symbol, Instant time, double price, double size, String venue, String conditions)
    implements java.io.Serializable {

  public Trade {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(time, "time");
    venue = Objects.requireNonNullElse(venue, "");
    conditions = Objects.requireNonNullElse(conditions, "");
  }
}
