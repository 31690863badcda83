package io.breadthflow.ingest.provider;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The HTTP {@code Retry-After} header (RFC 9110 §10.2.3): a number of seconds ({@code 120}) or an
 * HTTP date ({@code Wed, 21 Oct 2015 07:28:00 GMT}, IMF-fixdate).
 */
final class RetryAfter {
  private RetryAfter() {}

  /**
   * The wait {@code value} asks for at {@code now}: zero for a date already past, empty for a
   * missing or unreadable value.
   */
  static Optional<Duration> parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    if (text.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
