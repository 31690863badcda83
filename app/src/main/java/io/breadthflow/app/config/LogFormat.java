package io.breadthflow.app.config;

import io.breadthflow.app.UseCaseException;
import java.util.Arrays;
import java.util.Locale;

/** How log lines are written: plain text, or one JSON object per line for a log collector. */
public enum LogFormat {
  /** {@code bf LEVEL logger: message}, for a person at a terminal. */
  TEXT,
  /**
   * One JSON object a line (Logstash's layout) with the MDC keys {@code run_id}, {@code job_id},
   * {@code request_id}.
   */
  JSON;

  /** Its name as configured: {@code text} or {@code json}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format named {@code text} ({@code text} or {@code json}, any case).
   *
   * @throws UseCaseException naming the formats when it is neither
   */
  public static LogFormat parse(String text) {
    for (LogFormat format : values()) {
      if (format.code().equalsIgnoreCase(text.strip())) {
        return format;
      }
    }
    throw UseCaseException.invalid(
        "the log format must be one of "
            + Arrays.stream(values()).map(LogFormat::code).toList()
            + ", got '"
            + text
            + "'");
  }
}
