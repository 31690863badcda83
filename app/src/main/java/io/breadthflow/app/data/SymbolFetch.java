package io.breadthflow.cli.data;

/**
 * The outcome of fetching one symbol.
 *
 * @param symbol the symbol
 * @param status ok, up-to-date or failed
 * @param bars bars received
 * @param written rows inserted or changed in the store
 * @param skipped rows the provider sent incomplete or invalid
 * @param error why it failed, empty otherwise
 */
public record SymbolFetch(
    String symbol, String status, int bars, long written, int skipped, String error) {

  /** True when the provider could not deliver the symbol. */
  public boolean failed() {
    return status.equals("failed");
  }
}
