package io.breadthflow.server.market;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Writes an {@link io.breadthflow.core.domain.Interval} as its code ({@code 1m}, {@code 1d}), as
 * the API's query parameters spell it (a Jackson mix-in).
 */
abstract class IntervalCode {
  @JsonValue
  abstract String code();
}
