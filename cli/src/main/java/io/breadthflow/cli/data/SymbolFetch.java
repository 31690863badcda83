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
record SymbolFetch(
    String symbol, String status, int bars, long written, int skipped, String error) {

  boolean failed() {
    return status.equals("failed");
  }
}
