package io.breadthflow.bench;

import io.breadthflow.core.breadth.BreadthCatalogue;
import io.breadthflow.core.breadth.CatalogueRow;
import io.breadthflow.core.domain.DailyPanel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full breadth catalogue ({@link BreadthCatalogue#compute}, every column of every session) on
 * one core, for the real S&amp;P 500 (505 × 1,259) and 500 simulated symbols × 20 years (issue #19:
 * target under 1 s). No peer: no backtesting library ships breadth.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class BreadthCatalogueBenchmark {
  @Param({"sp500", "sim500x20y"})
  public String data;

  private DailyPanel panel;

  @Setup(Level.Trial)
  public void setUp() {
    panel = PortfolioData.load(data);
  }

  @Benchmark
  public List<CatalogueRow> catalogue() {
    return BreadthCatalogue.compute(
        panel.sessions(), panel.close(), panel.volume(), panel.sessions()[0]);
  }
}
