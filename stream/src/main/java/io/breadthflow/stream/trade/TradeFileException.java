package io.breadthflow.stream.trade;

/** A trade file that cannot be read, with the file and line. */
public final class TradeFileException extends RuntimeException {
  public TradeFileException(String message) {
    super(message);
  }
}
