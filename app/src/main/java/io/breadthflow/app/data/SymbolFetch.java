package io.breadthflow.app.data;

import java.time.Duration;

/**
 * The outcome of fetching one symbol.
 *
 * @param symbol the symbol
 * @param status what happened
 * @param bars bars received
 * @param written rows inserted or changed in the store
 * @param skipped rows the provider sent incomplete or invalid
 * @param error why it failed, empty otherwise
 * @param throttled replies in which the provider asked to slow down (HTTP 429, Alpha Vantage's
 *     {@code Note}), at least 0
 * @param waited time the symbol's calls waited because of them
 */
public record SymbolFetch(
    String symbol,
    Status status,
    int bars,
    long written,
    int skipped,
    String error,
    int throttled,
    Duration waited) {

  public SymbolFetch {
    if (throttled < 0 || waited == null || waited.isNegative()) {
      throw new IllegalArgumentException(
          "throttled must be >= 0 and waited not negative, got " + throttled + ", " + waited);
    }
  }

  /** An outcome without throttling. */
  public SymbolFetch(
      String symbol, Status status, int bars, long written, int skipped, String error) {
    this(symbol, status, bars, written, skipped, error, 0, Duration.ZERO);
  }

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

  /** True when the provider throttled at least one of the symbol's calls. */
  public boolean wasThrottled() {
    return throttled > 0;
  }
}
