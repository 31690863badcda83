package io.breadthflow.app.data;

import io.breadthflow.app.run.RunOutcome;
import io.breadthflow.store.SymbolSummary;
import java.util.List;
import java.util.Map;

/**
 * What the store holds.
 *
 * @param symbols per symbol: daily bars, first and last session, missing sessions
 * @param bars daily bars in all
 * @param quarantined quarantined records
 */
public record StoreSummary(List<SymbolSummary> symbols, long bars, long quarantined)
    implements RunOutcome {
  public StoreSummary {
    symbols = List.copyOf(symbols);
  }

  @Override
  public Map<String, Object> counts() {
    return Map.of("symbols", symbols.size(), "bars", bars);
  }
}
