package io.breadthflow.stream.bar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RecentFingerprintsTest {
  @Test
  void remembersExactlyTheLastCapacityFingerprintsLikeABoundedSet() {
    RecentFingerprints recent = new RecentFingerprints(64);
    ArrayDeque<Long> order = new ArrayDeque<>();
    Set<Long> model = new HashSet<>();
    SplittableRandom random = new SplittableRandom(3);

    for (int i = 0; i < 200_000; i++) {
      long fingerprint = random.nextInt(300) - 150;
      boolean expected = !model.contains(fingerprint);
      if (expected) {
        if (order.size() == 64) {
          model.remove(order.removeFirst());
        }
        order.addLast(fingerprint);
        model.add(fingerprint);
      }

      assertThat(recent.add(fingerprint)).as("step %d, %d", i, fingerprint).isEqualTo(expected);
    }
  }

  @Test
  void zeroIsAFingerprintLikeAnyOther() {
    RecentFingerprints recent = new RecentFingerprints(4);

    assertThat(recent.add(0)).isTrue();
    assertThat(recent.add(0)).isFalse();
  }
}
