package io.breadthflow.stream.trade;

/**
 * A file that is not a trade file at all: empty, not UTF-8 text, an unknown header, or a Lean tick
 * file without a symbol in its name. The message names the file and says why, in one line.
 */
public final class TradeFileException extends RuntimeException {
  public TradeFileException(String message) {
    super(message);
  }
}
