package io.breadthflow.core.live;

import java.util.concurrent.atomic.LongAdder;

/**
 * Running totals a pipeline in this process reports to the server's {@code /metrics}: trades
 * processed, trades quarantined, late trades, bars emitted, signals and alerts raised. Cheap to
 * increment from many threads.
 */
public final class PipelineCounters {
  private final LongAdder tradesProcessed = new LongAdder();
  private final LongAdder tradesQuarantined = new LongAdder();
  private final LongAdder lateTrades = new LongAdder();
  private final LongAdder barsEmitted = new LongAdder();
  private final LongAdder signalsEmitted = new LongAdder();
  private final LongAdder alertsRaised = new LongAdder();

  public void tradesProcessed(long count) {
    tradesProcessed.add(count);
  }

  public void tradesQuarantined(long count) {
    tradesQuarantined.add(count);
  }

  public void lateTrades(long count) {
    lateTrades.add(count);
  }

  public void barsEmitted(long count) {
    barsEmitted.add(count);
  }

  public void signalsEmitted(long count) {
    signalsEmitted.add(count);
  }

  public void alertsRaised(long count) {
    alertsRaised.add(count);
  }

  public long tradesProcessed() {
    return tradesProcessed.sum();
  }

  public long tradesQuarantined() {
    return tradesQuarantined.sum();
  }

  public long lateTrades() {
    return lateTrades.sum();
  }

  public long barsEmitted() {
    return barsEmitted.sum();
  }

  public long signalsEmitted() {
    return signalsEmitted.sum();
  }

  public long alertsRaised() {
    return alertsRaised.sum();
  }
}
