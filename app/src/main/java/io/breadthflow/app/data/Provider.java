package io.breadthflow.app.data;

import io.breadthflow.app.UseCaseException;
import java.util.Arrays;
import java.util.Locale;

/** The historical-data providers a fetch can use. */
public enum Provider {
  YAHOO("yahoo"),
  ALPHAVANTAGE("alphavantage"),
  SIM("sim");

  private final String code;

  Provider(String code) {
    this.code = code;
  }

  /** The name users type. */
  public String code() {
    return code;
  }

  /**
   * The provider named {@code code}.
   *
   * @throws UseCaseException for an unknown name
   */
  public static Provider of(String code) {
    String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(p -> p.code.equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                UseCaseException.invalid(
                    "unknown source '" + code + "': use yahoo, alphavantage or sim"));
  }
}
