package io.breadthflow.store;

import java.util.Locale;

/** What a user may do: read (user), more (premium), everything including commands (admin). */
public enum Role {
  USER,
  PREMIUM,
  ADMIN;

  /** The stored and token form, e.g. {@code admin}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@link #code()}. */
  public static Role of(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
