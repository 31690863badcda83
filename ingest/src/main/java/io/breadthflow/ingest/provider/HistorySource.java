package io.breadthflow.ingest.provider;

import io.breadthflow.core.domain.Interval;
import java.time.LocalDate;

/** A provider of historical bars (Yahoo, Alpha Vantage, the simulator). Thread-safe. */
public interface HistorySource {

  /** Short name, as on the command line. */
  String name();

  /**
   * Bars of {@code symbol} at {@code interval} for the sessions from {@code from} to {@code to}
   * inclusive.
   *
   * @throws ProviderException with a one-line reason when the provider cannot deliver them
   */
  FetchedHistory fetch(String symbol, Interval interval, LocalDate from, LocalDate to);
}
