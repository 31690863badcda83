package io.breadthflow.server.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text a caller without administrator rights may see: file paths shortened to their last name, so
 * that a run's error never shows where the machine keeps its files.
 */
public final class PublicText {
  private static final Pattern PATH = Pattern.compile("(?<![\\w.])(?:/[^\\s/:'\",;]+)+/?");

  private PublicText() {}

  /** {@code text} with every absolute path replaced by its file name. */
  public static String redacted(String text) {
    if (text == null || text.indexOf('/') < 0) {
      return text;
    }
    Matcher matcher = PATH.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String path = matcher.group();
      String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
      String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
      matcher.appendReplacement(out, Matcher.quoteReplacement(name));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
