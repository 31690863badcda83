package io.breadthflow.ingest.universe;

import io.breadthflow.core.domain.Instrument;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A named list of instruments, in the order given.
 *
 * @param name built-in name or the file it was read from
 * @param members the instruments, without duplicates
 */
public record Universe(String name, List<Instrument> members) {

  public Universe {
    members = List.copyOf(members);
  }

  /** The members' symbols, in order. */
  public List<String> symbols() {
    return members.stream().map(Instrument::symbol).toList();
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
