package io.breadthflow.ingest.csv;

import java.util.regex.Pattern;

/** Untrusted text (a cell, a header, a provider's message) made fit for a one-line message. */
public final class OneLine {
  private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]");

  private OneLine() {}

  /**
   * {@code text} cut to {@code max} characters (then ending in {@code ...}), with control
   * characters and line or paragraph separators as {@code ?}.
   */
  public static String of(String text, int max) {
    String cut = text.length() > max ? text.substring(0, max) + "..." : text;
    return UNPRINTABLE.matcher(cut).replaceAll("?");
  }
}
