package io.breadthflow.core.domain;

import java.util.Objects;

/**
 * A tradable instrument of a universe.
 *
 * @param symbol ticker, validated by {@link Symbols}
 * @param name company name, empty when unknown
 * @param sector GICS sector, empty when unknown
 * @param industry GICS industry, empty when unknown
 * @param exchange listing exchange (e.g. NYSE, NASDAQ), empty when unknown
 */
public record Instrument(
    String symbol, String name, String sector, String industry, String exchange) {

  public Instrument {
    Symbols.require(symbol);
    name = Objects.requireNonNullElse(name, "");
    sector = Objects.requireNonNullElse(sector, "");
    industry = Objects.requireNonNullElse(industry, "");
    exchange = Objects.requireNonNullElse(exchange, "");
  }

  /** An instrument known only by its symbol. */
  public static Instrument of(String symbol) {
    return new Instrument(symbol, "", "", "", "");
  }
}
