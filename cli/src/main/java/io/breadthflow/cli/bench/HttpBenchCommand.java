package io.breadthflow.cli.bench;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bf bench http}: requests per second and latency of the API under load from wrk in a
 * separate process on loopback: the latest bar of a symbol and a one-year daily history.
 */
@Command(
    name = "http",
    mixinStandardHelpOptions = true,
    description = {
      "Load-tests the API with wrk (apt-get install wrk) on loopback: latest bar and one-year"
          + " history of AAPL from a simulated sp100 store."
    })
public final class HttpBenchCommand implements Callable<Integer> {
  private static final LocalDate LAST_SESSION = LocalDate.of(2025, 12, 31);

  @Spec private CommandSpec spec;

  @Option(
      names = "--seconds",
      defaultValue = "15",
      description = "Per measurement (default ${DEFAULT-VALUE}).")
  private int seconds;

  @Option(
      names = "--connections",
      defaultValue = "32",
      description = "Open connections (default ${DEFAULT-VALUE}).")
  private int connections;

  @Option(
      names = "--threads",
      defaultValue = "1",
      description = "wrk threads (default ${DEFAULT-VALUE}).")
  private int threads;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (BenchServer bench = new BenchServer(LAST_SESSION)) {
      String latest = bench.url("/api/stocks/AAPL/latest");
      String history =
          bench.url(
              "/api/stocks/AAPL/history?from="
                  + LAST_SESSION.minusYears(1)
                  + "&to="
                  + LAST_SESSION);
      WrkRun.run(latest, threads, connections, Math.max(1, seconds / 3));
      WrkRun.run(history, threads, connections, Math.max(1, seconds / 3));
      out.printf(
          Locale.ROOT,
          "%-16s %12s %9s %9s %8s%n",
          "request",
          "requests/s",
          "p50 ms",
          "p99 ms",
          "errors");
      row(out, "latest", WrkRun.run(latest, threads, connections, seconds));
      row(out, "history 1 year", WrkRun.run(history, threads, connections, seconds));
    }
    return 0;
  }

  private static void row(PrintWriter out, String name, WrkRun run) {
    out.printf(
        Locale.ROOT,
        "%-16s %12.0f %9.2f %9.2f %8d%n",
        name,
        run.requestsPerSecond(),
        run.p50Millis(),
        run.p99Millis(),
        run.errors());
    out.flush();
  }
}
