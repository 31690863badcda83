package io.breadthflow.store;

import java.time.LocalDate;

/**
 * What the store holds for one symbol's daily bars.
 *
 * @param symbol ticker
 * @param bars number of daily bars
 * @param first first session date
 * @param last last session date
 * @param missingSessions NYSE sessions between first and last with no bar (0 outside 2000–2030)
 */
public record SymbolSummary(
    String symbol, long bars, LocalDate first, LocalDate last, long missingSessions) {}
