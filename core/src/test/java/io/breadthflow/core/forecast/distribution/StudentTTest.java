package io.breadthflow.core.forecast.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Log-gamma, incomplete beta and Student t against R 4.2.2 ({@code options(digits=17)}). */
class StudentTTest {

  @Test
  void logGammaMatchesR() {
    // R: for (x in c(0.5, 1, 1.5, 2.5, 10, 100.25, 1234.5)) cat(x, lgamma(x), "\n")
    double[][] cases = {
      {0.5, 0.57236494292470008},
      {1.5, -0.12078223763524518},
      {2.5, 0.28468287047291918},
      {10, 12.801827480081469},
      {100.25, 360.28455963776423},
      {1234.5, 7550.5509010778942}
    };
    for (double[] c : cases) {
      assertRelative(IncompleteBeta.logGamma(c[0]), c[1], 1e-13);
    }
    assertThat(IncompleteBeta.logGamma(1)).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-15));
  }

  @Test
  void incompleteBetaMatchesRsPbeta() {
    // R: pbeta(x, a, b)
    double[][] cases = {
      {0.5, 0.5, 0.3, 0.36901011956554525},
      {2, 3, 0.4, 0.52480000000000004},
      {10, 0.5, 0.9, 0.15164090963470997},
      {300, 0.5, 0.99, 0.014103172217926251},
      {5, 7, 0.05, 0.00011193023676757822}
    };
    for (double[] c : cases) {
      assertRelative(IncompleteBeta.regularized(c[0], c[1], c[2]), c[3], 1e-12);
    }
  }

  @Test
  void cdfAndQuantileMatchRsPtAndQt() {
    // R: cat(df, pt(-2.1, df), pt(0.3, df), qt(0.975, df), qt(0.9, df), qt(1e-6, df))
    double[][] cases = {
      {
        1,
        0.14146302812150899,
        0.59277357907774231,
        12.706204736174694,
        3.0776835371752544,
        -318309.88618274347
      },
      {
        2,
        0.085274934594983726,
        0.60375716957991121,
        4.3026527297494619,
        1.8856180831641269,
        -707.10572052593386
      },
      {
        3,
        0.063282601274842268,
        0.60811835398004055,
        3.1824463052837078,
        1.6377443536962091,
        -103.29946778041933
      },
      {
        7.5,
        0.035618535729039023,
        0.61383867071561093,
        2.3330396268649736,
        1.4052118464159529,
        -13.052169759815301
      },
      {
        30,
        0.022121235631161765,
        0.61687694735782361,
        2.0422724563012378,
        1.3104150253913955,
        -5.8711171204188828
      },
      {
        120,
        0.018911714149024188,
        0.61765189441240675,
        1.9799304050824222,
        1.2886462336563769,
        -4.9974438295899413
      },
      {
        1000,
        0.017989437155390978,
        0.61788024791637786,
        1.9623390808264076,
        1.2823987214609247,
        -4.7816086204583499
      }
    };
    for (double[] c : cases) {
      double df = c[0];
      assertRelative(StudentT.cdf(-2.1, df), c[1], 1e-12);
      assertRelative(StudentT.cdf(0.3, df), c[2], 1e-12);
      assertRelative(StudentT.quantile(0.975, df), c[3], 1e-12);
      assertRelative(StudentT.quantile(0.9, df), c[4], 1e-12);
      assertRelative(StudentT.quantile(1e-6, df), c[5], 1e-10);
      assertRelative(StudentT.quantile(0.025, df), -c[3], 1e-12);
    }
  }

  @Test
  void rejectsProbabilitiesOutsideTheOpenUnitInterval() {
    assertThatThrownBy(() -> StudentT.quantile(1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 < p < 1");
    assertThatThrownBy(() -> StudentT.cdf(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("degrees of freedom");
  }

  private static void assertRelative(double actual, double expected, double tolerance) {
    assertThat(Math.abs(actual - expected))
        .as("%s vs %s", actual, expected)
        .isLessThanOrEqualTo(tolerance * Math.abs(expected));
  }
}
