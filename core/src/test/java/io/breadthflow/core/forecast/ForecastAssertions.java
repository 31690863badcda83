package io.breadthflow.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on forecasts against reference numbers. */
public final class ForecastAssertions {
  private ForecastAssertions() {}

  /** |actual − expected| ≤ tolerance·|expected|. */
  public static void assertRelative(double actual, double expected, double tolerance) {
    assertThat(Math.abs(actual - expected))
        .as("%s vs %s", actual, expected)
        .isLessThanOrEqualTo(tolerance * Math.abs(expected));
  }

  /**
   * Checks each step against a row {mean, lower80, lower95, upper80, upper95}, the column order R
   * prints {@code cbind(f$mean, f$lower, f$upper)} in.
   */
  public static void assertMatches(Forecast forecast, double[][] rows, double tolerance) {
    assertThat(forecast.horizon()).isEqualTo(rows.length);
    for (int i = 0; i < rows.length; i++) {
      ForecastPoint p = forecast.points().get(i);
      assertThat(p.step()).isEqualTo(i + 1);
      assertRelative(p.mean(), rows[i][0], tolerance);
      assertRelative(p.lower80(), rows[i][1], tolerance);
      assertRelative(p.lower95(), rows[i][2], tolerance);
      assertRelative(p.upper80(), rows[i][3], tolerance);
      assertRelative(p.upper95(), rows[i][4], tolerance);
    }
  }
}
