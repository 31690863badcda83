package io.breadthflow.app.backtest;

/** User text as an error message may quote it: one line, at most 40 characters. */
final class Shown {
  private static final int MAX = 40;

  private Shown() {}

  /** {@code text} with control characters as {@code ?}, cut to 40 characters. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .limit(MAX)
        .forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return text.codePointCount(0, text.length()) > MAX ? out + "…" : out.toString();
  }
}
