package io.breadthflow.ingest.universe;

import io.breadthflow.core.domain.Instrument;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * A named list of instruments, in the order given, with the reference share price of the members
 * that have one.
 *
 * @param name built-in name or the file it was read from
 * @param members the instruments, without duplicates
 * @param referencePrices approximate share price in US dollars on {@link Universes#REFERENCE_DATE},
 *     by symbol; only members, each positive and finite; members without one are left out
 */
public record Universe(String name, List<Instrument> members, Map<String, Double> referencePrices) {

  public Universe {
    members = List.copyOf(members);
    referencePrices = Map.copyOf(referencePrices);
    Set<String> symbols = new HashSet<>();
    members.forEach(m -> symbols.add(m.symbol()));
    for (Map.Entry<String, Double> price : referencePrices.entrySet()) {
      if (!symbols.contains(price.getKey())) {
        throw new IllegalArgumentException(
            "referencePrices: '" + price.getKey() + "' is not a member of universe " + name);
      }
      if (!(price.getValue() > 0) || price.getValue().isInfinite()) {
        throw new IllegalArgumentException(
            "referencePrices: " + price.getKey() + " must be positive and finite");
      }
    }
  }

  /** A universe without reference prices. */
  public Universe(String name, List<Instrument> members) {
    this(name, members, Map.of());
  }

  /** The members' symbols, in order. */
  public List<String> symbols() {
    return members.stream().map(Instrument::symbol).toList();
  }

  /**
   * The approximate share price of {@code symbol} on {@link Universes#REFERENCE_DATE}, in US
   * dollars; empty when the symbol is not a member or has no reference price.
   */
  public OptionalDouble referencePrice(String symbol) {
    Double price = referencePrices.get(symbol);
    return price == null ? OptionalDouble.empty() : OptionalDouble.of(price);
  }

  /**
   * A first price per member, in the members' order, for {@link
   * io.breadthflow.ingest.sim.SimulatedTrades}: the reference price where known, otherwise {@link
   * Universes#fallbackPrice(String)}.
   */
  public double[] startPrices() {
    double[] prices = new double[members.size()];
    for (int s = 0; s < prices.length; s++) {
      String symbol = members.get(s).symbol();
      prices[s] = referencePrice(symbol).orElse(Universes.fallbackPrice(symbol));
    }
    return prices;
  }

  /** Symbols by sector (sorted by sector name); members without a sector are left out. */
  public Map<String, List<String>> symbolsBySector() {
    Map<String, List<String>> bySector = new TreeMap<>();
    for (Instrument member : members) {
      if (!member.sector().isEmpty()) {
        bySector
            .computeIfAbsent(member.sector(), k -> new java.util.ArrayList<>())
            .add(member.symbol());
      }
    }
    return bySector;
  }
}
