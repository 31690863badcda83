package io.breadthflow.cli.bench;

import io.breadthflow.cli.UsageException;
import io.breadthflow.core.live.LiveEvent;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.server.live.LivePush;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bf bench live}: WebSocket fan-out of {@code /ws/live}. The server publishes bar events at
 * a fixed rate; a separate process holds the clients, each subscribed to every bar, and reports
 * what arrived and how late.
 */
@Command(
    name = "live",
    mixinStandardHelpOptions = true,
    description = "Measures WebSocket fan-out: events/s published to N subscribed clients.")
public final class LiveBenchCommand implements Callable<Integer> {
  private static final Pattern RESULT =
      Pattern.compile(
          "result received=(\\d+) closed=(\\d+) p50_us=(-?\\d+) p99_us=(-?\\d+) max_us=(-?\\d+)");

  @Spec private CommandSpec spec;

  @Option(
      names = "--clients",
      defaultValue = "100",
      description = "Clients (default ${DEFAULT-VALUE}).")
  private int clients;

  @Option(
      names = "--rate",
      defaultValue = "10000",
      description = "Events published per second (default ${DEFAULT-VALUE}).")
  private int rate;

  @Option(
      names = "--seconds",
      defaultValue = "10",
      description = "Publishing time (default ${DEFAULT-VALUE}).")
  private int seconds;

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || rate < 1 || seconds < 1) {
      throw new UsageException("--clients, --rate and --seconds must be positive");
    }
    PrintWriter out = spec.commandLine().getOut();
    int events = rate * seconds;
    try (BenchServer bench = new BenchServer(LocalDate.of(2025, 12, 31))) {
      Process process =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  LiveLoadClients.class.getName(),
                  bench.url("/ws/live").replace("http:", "ws:"),
                  Integer.toString(clients),
                  Integer.toString(events),
                  Integer.toString(seconds + 30))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String ready = lines.readLine();
      if (!"ready".equals(ready)) {
        throw new IllegalStateException("clients failed to start: " + ready);
      }
      double publishSeconds = publish(bench.server().live(), events);
      String result = lines.readLine();
      process.waitFor();
      Matcher m = RESULT.matcher(result == null ? "" : result);
      if (!m.find()) {
        throw new IllegalStateException("no result from the clients: " + result);
      }
      long received = Long.parseLong(m.group(1));
      out.printf(
          Locale.ROOT,
          "published %d events in %.2f s (%.0f/s) to %d clients%n",
          events,
          publishSeconds,
          events / publishSeconds,
          clients);
      out.printf(
          Locale.ROOT,
          "delivered %d of %d messages (%.0f msg/s), %s clients dropped%n",
          received,
          (long) events * clients,
          received / publishSeconds,
          m.group(2));
      out.printf(
          Locale.ROOT,
          "latency p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
          Long.parseLong(m.group(3)) / 1e3,
          Long.parseLong(m.group(4)) / 1e3,
          Long.parseLong(m.group(5)) / 1e3);
    }
    return 0;
  }

  /** Publishes {@code events} bar events at {@code rate}/s; returns the seconds it took. */
  private double publish(LivePush live, int events) {
    List<String> symbols = Universes.sp100().symbols();
    long start = System.nanoTime();
    double interval = 1e9 / rate;
    for (int i = 0; i < events; i++) {
      long due = start + (long) (i * interval);
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(Math.min(wait, 200_000));
      }
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("seq", i);
      data.put("close", 100 + (i % 1000) / 100.0);
      data.put("sent_nanos", System.nanoTime());
      String symbol = symbols.get(i % symbols.size());
      live.publish(new LiveEvent("bars", symbol, data));
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
