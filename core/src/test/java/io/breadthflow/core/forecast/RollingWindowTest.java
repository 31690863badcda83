package io.breadthflow.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollingWindowTest {

  @Test
  void theFirstRefreshComesWithTheMinimumThenEveryNObservations() {
    RollingWindow window = new RollingWindow(10, 4, 3);
    List<Integer> due = new ArrayList<>();
    for (int i = 1; i <= 14; i++) {
      if (window.add(i)) {
        due.add(i);
      }
    }
    assertThat(due).containsExactly(4, 7, 10, 13);
  }

  @Test
  void keepsTheLatestObservationsOldestFirst() {
    RollingWindow window = new RollingWindow(3, 1, 1);
    for (int i = 1; i <= 5; i++) {
      window.add(i);
    }
    assertThat(window.oldestFirst()).containsExactly(3, 4, 5);
    assertThat(window.size()).isEqualTo(3);
  }

  @Test
  void aRestoredWindowContinuesTheSameSchedule() {
    RollingWindow original = new RollingWindow(5, 2, 4);
    for (int i = 1; i <= 7; i++) {
      original.add(i);
    }
    RollingWindow restored =
        RollingWindow.restore(5, 2, 4, original.oldestFirst(), original.sinceRefresh());
    for (int i = 8; i <= 15; i++) {
      assertThat(restored.add(i)).as("observation %d", i).isEqualTo(original.add(i));
    }
    assertThat(restored.oldestFirst()).containsExactly(original.oldestFirst());
  }

  @Test
  void refusesAWindowSmallerThanItsMinimum() {
    assertThatThrownBy(() -> new RollingWindow(3, 4, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimum");
  }
}
