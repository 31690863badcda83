package io.breadthflow.core.forecast.baseline;

import static io.breadthflow.core.forecast.ForecastAssertions.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.forecast.ForecastException;
import io.breadthflow.core.forecast.RDatasets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The random walk and drift baselines against R 4.2.2, forecast 8.20, printed with {@code
 * options(digits=17); f <- rwf(y, h=5, drift=..., level=c(80,95)); print(cbind(f$mean, f$lower,
 * f$upper))}.
 */
class BaselineTest {
  private static final double TOLERANCE = 1e-9;

  @Test
  void randomWalkMatchesRsNaiveForWWWusage() {
    double[][] r = {
      {220, 212.56740267100125, 208.63282331504502, 227.43259732899875, 231.36717668495498},
      {220, 209.48872005367193, 203.92438456624544, 230.51127994632807, 236.07561543375456},
      {220, 207.12636379397344, 200.31147244304560, 232.87363620602656, 239.68852755695440},
      {220, 205.13480534200249, 197.26564663009003, 234.86519465799751, 242.73435336990997},
      {220, 203.38020712297543, 194.58222022018995, 236.61979287702457, 245.41777977981005}
    };
    assertMatches(new RandomWalk().fit(RDatasets.WWWUSAGE).forecast(5), r, TOLERANCE);
  }

  @Test
  void randomWalkMatchesRsNaiveForNile() {
    double[][] r = {
      {740, 525.56484487869307, 412.0497306884259388, 954.43515512130693, 1067.9502693115742},
      {740, 436.74289537786933, 276.2082813556629617, 1043.25710462213056, 1203.7917186443369},
      {740, 368.58741640098293, 171.9734711964573535, 1111.41258359901713, 1308.0265288035425},
      {740, 311.12968975738619, 84.0994613768518775, 1168.87031024261387, 1395.9005386231481},
      {740, 260.50841638304553, 6.6809045799572004, 1219.49158361695436, 1473.3190954200427}
    };
    assertMatches(new RandomWalk().fit(RDatasets.NILE).forecast(5), r, TOLERANCE);
  }

  @Test
  void driftMatchesRsRwfWithDriftForWWWusage() {
    double[][] r = {
      {
        221.33333333333334,
        214.02638065343172,
        210.15831355700487,
        228.64028601323497,
        232.50835310966181
      },
      {
        222.66666666666666,
        212.28153565728744,
        206.78397938325358,
        233.05179767604588,
        238.54935395007973
      },
      {
        224.00000000000000,
        211.21805312767478,
        204.45169917808514,
        236.78194687232522,
        243.54830082191486
      },
      {
        225.33333333333334,
        210.50183924941700,
        202.65052054378958,
        240.16482741724968,
        248.01614612287710
      },
      {
        226.66666666666666,
        210.00425091069440,
        201.18370081873348,
        243.32908242263892,
        252.14963251459983
      }
    };
    assertMatches(new Drift().fit(RDatasets.WWWUSAGE).forecast(5), r, TOLERANCE);
  }

  @Test
  void driftMatchesRsRwfWithDriftForNile() {
    double[][] r = {
      {
        736.16161616161617,
        519.60640018161178,
        404.968993565323331,
        952.71683214162056,
        1067.3542387579091
      },
      {
        732.32323232323233,
        424.54044143385272,
        261.610073818325986,
        1040.10602321261194,
        1203.0363908281388
      },
      {
        728.48484848484850,
        349.66793439767662,
        149.134373398857065,
        1107.30176257202038,
        1307.8353235708400
      },
      {
        724.64646464646466,
        285.08738367922672,
        52.398861868807330,
        1164.20554561370272,
        1396.8940674241221
      },
      {
        720.80808080808083,
        226.98620993320668,
        -34.427297708772244,
        1214.62995168295492,
        1476.0434593249338
      }
    };
    assertMatches(new Drift().fit(RDatasets.NILE).forecast(5), r, TOLERANCE);
  }

  @Test
  void describesThemselvesAsR() {
    assertThat(new RandomWalk().fit(RDatasets.NILE).description()).isEqualTo("random walk");
    assertThat(new Drift().fit(RDatasets.NILE).description()).isEqualTo("random walk with drift");
  }

  @Test
  void updatingKeepsTheParametersAndMovesTheOrigin() {
    double[] shorter = Arrays.copyOf(RDatasets.NILE, 80);
    Drift.Model fitted = new Drift().fit(shorter);
    Drift.Model moved = fitted.update(RDatasets.NILE);
    assertThat(moved.slope()).isEqualTo(fitted.slope());
    assertThat(moved.sigma()).isEqualTo(fitted.sigma());
    assertThat(moved.forecast(1).mean(1)).isEqualTo(740 + fitted.slope());
    RandomWalk.Model walk = new RandomWalk().fit(shorter).update(RDatasets.NILE);
    assertThat(walk.forecast(3).mean(3)).isEqualTo(740);
    assertThat(walk.sigma()).isEqualTo(new RandomWalk().fit(shorter).sigma());
  }

  @Test
  void refusesHistoriesTooShortToEstimateSigma() {
    assertThatThrownBy(() -> new RandomWalk().fit(new double[] {1}))
        .isInstanceOf(ForecastException.class)
        .hasMessageContaining("at least 2");
    assertThatThrownBy(() -> new Drift().fit(new double[] {1, 2}))
        .isInstanceOf(ForecastException.class)
        .hasMessageContaining("at least 3");
  }
}
