package io.breadthflow.core.forecast.arima;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The likelihood evaluation the optimiser repeats must not allocate: measured with the JVM's
 * per-thread allocation counter over many passes of the filter and the CSS recursion.
 */
class KalmanFilterAllocationTest {

  @Test
  void likelihoodEvaluationsAllocateNothing() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    double[] y = new double[1_259];
    double[] drift = new double[y.length];
    for (int t = 0; t < y.length; t++) {
      y[t] = 100 + 0.05 * t + 3 * Math.sin(t * 0.37) + Math.sin(t * 2.1);
      drift[t] = t + 1;
    }
    ArimaObjectives objectives = new ArimaObjectives(y, drift, new ArimaOrder(2, 1, 2));
    double[] par = {0.3, -0.2, 0.1, 0.05, 0.05};
    double checksum = evaluate(objectives, par, 200);
    threads.getThreadAllocatedBytes(thread);

    long before = threads.getThreadAllocatedBytes(thread);
    checksum += evaluate(objectives, par, 2_000);
    long allocated = threads.getThreadAllocatedBytes(thread) - before;

    assertThat(checksum).isFinite();
    assertThat(allocated)
        .as("bytes allocated for 2,000 exact and CSS evaluations")
        .isLessThan(1024);
  }

  private static double evaluate(ArimaObjectives objectives, double[] par, int times) {
    double checksum = 0;
    for (int i = 0; i < times; i++) {
      par[0] = 0.3 + 1e-6 * (i % 7);
      checksum += objectives.exact(par, true) + objectives.conditional(par);
    }
    return checksum;
  }
}
