package io.breadthflow.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Updating an indicator set must not allocate: measured with the JVM's per-thread allocation
 * counter over a million bars (the counter itself allocates nothing once warmed up).
 */
class AllocationFreeUpdateTest {

  @ParameterizedTest
  @EnumSource(Seeding.class)
  void dailyIndicatorSetAllocatesNothingPerBar(Seeding seeding) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    DailyIndicatorSet set = new DailyIndicatorSet(seeding);
    double[] row = new double[DailyIndicatorSet.width()];
    feed(set, row, 20_000);
    threads.getThreadAllocatedBytes(thread);

    long before = threads.getThreadAllocatedBytes(thread);
    double checksum = feed(set, row, 1_000_000);
    long allocated = threads.getThreadAllocatedBytes(thread) - before;

    assertThat(checksum).isFinite();
    assertThat(allocated).as("bytes allocated for 1,000,000 updates").isLessThan(1024);
  }

  private static double feed(DailyIndicatorSet set, double[] row, int bars) {
    double checksum = 0;
    double price = 100;
    for (int i = 0; i < bars; i++) {
      price *= 1 + 0.01 * Math.sin(i * 0.7);
      set.update(price * 1.01, price * 0.99, price, 1_000 + (i % 50), row);
      checksum += row[3] + row[10];
    }
    return checksum;
  }
}
