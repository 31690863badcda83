package io.breadthflow.app.indicators;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.core.indicator.Seeding;

/**
 * The indicator convention as the CLI ({@code --convention}) and the API ({@code convention=}) name
 * it: {@code ta-lib} (the default) or {@code tradingview}.
 */
public final class Convention {
  private Convention() {}

  /** Its name on the command line and in the API. */
  public static String code(Seeding seeding) {
    return seeding == Seeding.TA_LIB ? "ta-lib" : "tradingview";
  }

  /**
   * The seeding named {@code text} (any case), {@link Seeding#TA_LIB} when it is null or blank.
   *
   * @throws UseCaseException naming the conventions otherwise
   */
  public static Seeding parse(String text) {
    if (text == null || text.isBlank()) {
      return Seeding.TA_LIB;
    }
    for (Seeding seeding : Seeding.values()) {
      if (code(seeding).equalsIgnoreCase(text.strip())) {
        return seeding;
      }
    }
    throw UseCaseException.invalid("convention must be ta-lib or tradingview");
  }
}
