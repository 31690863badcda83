package io.breadthflow.app;

/** User text as an error message may quote it: one line, at most 40 characters. */
public final class UserText {
  private static final int MAX = 40;

  private UserText() {}

  /** {@code text} with control and line-separator characters as {@code ?}, cut to 40 characters. */
  public static String quoted(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().limit(MAX).forEach(c -> out.appendCodePoint(breaksLine(c) ? '?' : c));
    return text.codePointCount(0, text.length()) > MAX ? out + "…" : out.toString();
  }

  private static boolean breaksLine(int c) {
    int type = Character.getType(c);
    return Character.isISOControl(c)
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}
