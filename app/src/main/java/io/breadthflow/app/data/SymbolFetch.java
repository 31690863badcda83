package io.breadthflow.app.data;

/**
 * The outcome of fetching one symbol.
 *
 * @param symbol the symbol
 * @param status what happened
 * @param bars bars received
 * @param written rows inserted or changed in the store
 * @param skipped rows the provider sent incomplete or invalid
 * @param error why it failed, empty otherwise
 */
public record SymbolFetch(
    String symbol, Status status, int bars, long written, int skipped, String error) {

  /** What happened to a symbol. */
  public enum Status {
    OK("ok"),
    UP_TO_DATE("up-to-date"),
    FAILED("failed");

    private final String code;

    Status(String code) {
      this.code = code;
    }

    /** As reports print it. */
    public String code() {
      return code;
    }
  }

  /** True when the provider could not deliver the symbol. */
  public boolean failed() {
    return status == Status.FAILED;
  }
}
