package io.breadthflow.app.data;

import io.breadthflow.app.run.RunOutcome;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a fetch did, symbol by symbol in the universe's order, with how much the provider throttled
 * it.
 *
 * @param symbols each symbol's outcome
 */
public record FetchReport(List<SymbolFetch> symbols) implements RunOutcome {
  public FetchReport {
    symbols = List.copyOf(symbols);
  }

  /** Symbols the provider could not deliver. */
  public long failed() {
    return symbols.stream().filter(SymbolFetch::failed).count();
  }

  /** Symbols with {@code status}. */
  public long count(SymbolFetch.Status status) {
    return symbols.stream().filter(s -> s.status() == status).count();
  }

  /** Rows inserted or changed in the store. */
  public long written() {
    return symbols.stream().mapToLong(SymbolFetch::written).sum();
  }

  /** Symbols with at least one throttled call. */
  public long throttledSymbols() {
    return symbols.stream().filter(SymbolFetch::wasThrottled).count();
  }

  /** Throttled replies over all symbols. */
  public long throttledReplies() {
    return symbols.stream().mapToLong(SymbolFetch::throttled).sum();
  }

  /** Time waited because of throttling, summed over the symbols (they may wait at once). */
  public Duration waited() {
    return symbols.stream().map(SymbolFetch::waited).reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public Map<String, Object> counts() {
    List<Map<String, Object>> perSymbol =
        symbols.stream()
            .map(
                s -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("symbol", s.symbol());
                  row.put("status", s.status().code());
                  row.put("bars", s.bars());
                  row.put("written", s.written());
                  row.put("skipped", s.skipped());
                  row.put("throttled", s.throttled());
                  row.put("waited_ms", s.waited().toMillis());
                  row.put("error", s.error());
                  return row;
                })
            .toList();
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("throttled_symbols", throttledSymbols());
    counts.put("throttled_replies", throttledReplies());
    counts.put("waited_ms", waited().toMillis());
    counts.put("per_symbol", perSymbol);
    return counts;
  }

  @Override
  public Completion completion() {
    return failed() == 0 ? Completion.COMPLETE : Completion.PARTIAL;
  }

  @Override
  public String problem() {
    return failed() == 0 ? "" : failed() + " of " + symbols.size() + " symbols failed";
  }
}
