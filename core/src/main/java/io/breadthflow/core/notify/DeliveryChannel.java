package io.breadthflow.core.notify;

import java.util.Arrays;

/** How a notification reaches its user. */
public enum DeliveryChannel {
  /** The user's own WebSocket channel and the dashboard's notification centre. */
  IN_APP("in_app"),
  /** A JSON POST to the user's webhook URL, signed with the user's secret. */
  WEBHOOK("webhook"),
  /** An e-mail over SMTP to the user's address. */
  EMAIL("email");

  private final String code;

  DeliveryChannel(String code) {
    this.code = code;
  }

  /** The channel's name in the API, the store and rule files. */
  public String code() {
    return code;
  }

  /**
   * The channel with this code.
   *
   * @throws IllegalArgumentException for an unknown code
   */
  public static DeliveryChannel of(String code) {
    return Arrays.stream(values())
        .filter(channel -> channel.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown channel '" + code + "' (in_app, webhook or email)"));
  }
}
