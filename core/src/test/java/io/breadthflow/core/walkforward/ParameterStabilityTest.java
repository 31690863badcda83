package io.breadthflow.core.walkforward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterStabilityTest {
  private static final double[][] GRID = {{10, 100}, {20, 100}, {30, 100}};

  @Test
  void countsChangesBetweenWindowsAndTheSpreadOfEachParameter() {
    ParameterStability s =
        ParameterStability.of(List.of("fast", "slow"), GRID, new int[] {0, 0, 1, 1, 0});

    assertThat(s.windows()).isEqualTo(5);
    assertThat(s.changes()).isEqualTo(2);
    assertThat(s.changeRate()).isEqualTo(0.5);
    assertThat(s.distinctSets()).isEqualTo(2);
    ParameterStability.Spread fast = s.parameters().get(0);
    assertThat(fast.name()).isEqualTo("fast");
    assertThat(fast.min()).isEqualTo(10);
    assertThat(fast.max()).isEqualTo(20);
    assertThat(fast.mean()).isCloseTo(14, within(1e-12));
    // values 10, 10, 20, 20, 10: squares 16+16+36+36+16 = 120 over 4
    assertThat(fast.deviation()).isCloseTo(Math.sqrt(30), within(1e-12));
    assertThat(fast.relativeRange()).isCloseTo(0.5, within(1e-12));
    assertThat(s.parameters().get(1).relativeRange()).isZero();
  }

  @Test
  void oneWindowIsPerfectlyStable() {
    ParameterStability s = ParameterStability.of(List.of("fast", "slow"), GRID, new int[] {2});

    assertThat(s.changes()).isZero();
    assertThat(s.changeRate()).isZero();
    assertThat(s.parameters().get(0).deviation()).isZero();
  }
}
