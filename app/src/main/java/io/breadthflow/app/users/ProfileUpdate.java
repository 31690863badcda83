package io.breadthflow.app.users;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.ingest.csv.OneLine;
import io.breadthflow.store.UserProfile;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A user's new profile, replacing the stored one whole. Values are stripped of surrounding blanks.
 *
 * @param displayName 1 to {@value #MAX_NAME} characters, no control characters or line separators
 * @param email an address {@code local@host.domain} of at most {@value #MAX_EMAIL} characters (a
 *     dot-atom local part of printable ASCII, a host name), or empty for none
 * @param zone an IANA time-zone id such as {@code Europe/Paris} or {@code UTC}
 */
public record ProfileUpdate(String displayName, Optional<String> email, ZoneId zone) {
  /** Longest display name. */
  public static final int MAX_NAME = 64;

  /** Longest e-mail address (RFC 5321's path limit). */
  public static final int MAX_EMAIL = 254;

  private static final int MAX_LOCAL = 64;

  /** An RFC 5322 dot-atom local part of printable ASCII, then a host name with a dot. */
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

  private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

  public ProfileUpdate {
    UseCaseException.required(displayName, "display_name");
    displayName = displayName.strip();
    if (displayName.isEmpty()
        || displayName.length() > MAX_NAME
        || !OneLine.of(displayName, MAX_NAME).equals(displayName)) {
      throw UseCaseException.invalid(
          "display_name must be 1 to " + MAX_NAME + " characters without control characters");
    }
    email = UseCaseException.required(email, "email").map(String::strip).filter(e -> !e.isEmpty());
    if (email.isPresent()
        && (email.get().length() > MAX_EMAIL
            || email.get().indexOf('@') > MAX_LOCAL
            || !EMAIL.matcher(email.get()).matches())) {
      throw UseCaseException.invalid("email must be an address such as name@example.com");
    }
    UseCaseException.required(zone, "time_zone");
  }

  /**
   * The update of the given texts, as an HTTP body or CLI options carry them.
   *
   * @param email the address, or null or blank for none
   * @param timeZone an IANA time-zone id
   * @throws UseCaseException (invalid request) naming the first bad value
   */
  public static ProfileUpdate of(String displayName, String email, String timeZone) {
    return new ProfileUpdate(displayName, Optional.ofNullable(email), zone(timeZone));
  }

  /** The IANA zone {@code id}; offsets such as {@code +02:00} are refused. */
  public static ZoneId zone(String id) {
    String given = UseCaseException.required(id, "time_zone").strip();
    if (!ZONES.contains(given)) {
      throw UseCaseException.invalid(
          "time_zone must be an IANA time-zone id such as Europe/Paris or UTC");
    }
    return ZoneId.of(given);
  }

  /** The profile of {@code userId} this update makes. */
  public UserProfile profileOf(long userId) {
    return new UserProfile(userId, displayName, email, zone);
  }
}
