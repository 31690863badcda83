package io.breadthflow.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SmaBankTest {

  @Test
  void everySeriesEqualsItsOwnSmaToTheBitWhateverTheInterleaving() {
    SplittableRandom random = new SplittableRandom(42);
    int series = 7;
    SmaBank bank = new SmaBank(series, 13);
    Sma[] single = new Sma[series];
    for (int s = 0; s < series; s++) {
      single[s] = new Sma(13);
    }
    for (int i = 0; i < 20_000; i++) {
      int s = random.nextInt(series);
      double x = 100 * Math.exp(random.nextGaussian());
      double expected = single[s].update(x);

      double actual = bank.update(s, x);

      assertThat(Double.doubleToRawLongBits(actual))
          .isEqualTo(Double.doubleToRawLongBits(expected));
      assertThat(Double.doubleToRawLongBits(bank.value(s)))
          .isEqualTo(Double.doubleToRawLongBits(single[s].value()));
    }
  }

  @Test
  void periodOneIsTheValueItself() {
    SmaBank bank = new SmaBank(2, 1);

    assertThat(bank.update(1, 5.5)).isEqualTo(5.5);
    assertThat(bank.value(0)).isNaN();
  }
}
