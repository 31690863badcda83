package io.breadthflow.app.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.indicator.WarmUp;
import java.util.List;
import org.junit.jupiter.api.Test;

class StableFromTest {
  @Test
  void eachColumnGetsTheKeyOfItsStableBarOrNullWhenUnreachedOrCumulative() {
    StableFrom<String> stable =
        StableFrom.of(
            List.of("window", "average", "sum"),
            List.of(WarmUp.exact(1, 1e-6), new WarmUp(1, 5, 1e-6), WarmUp.cumulative(0, 1e-6)),
            List.of("a", "b", "c"));

    assertThat(stable.stableFrom()).containsEntry("window", "b");
    assertThat(stable.stableFrom()).containsKey("average").containsEntry("average", null);
    assertThat(stable.stableFrom()).containsEntry("sum", null);
    assertThat(stable.cumulative()).containsExactly("sum");
    assertThat(stable.tolerance()).isEqualTo(1e-6);
  }

  @Test
  void columnsAndWarmUpsMustPair() {
    assertThatThrownBy(() -> StableFrom.of(List.of("a"), List.of(), List.of("x")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
