package io.breadthflow.cli.bench;

import io.breadthflow.cli.UsageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run of wrk (Debian's {@code wrk} package), a load generator in its own process, and the
 * figures read off its {@code --latency} report.
 *
 * @param requestsPerSecond completed requests per second
 * @param p50Millis median latency
 * @param p99Millis 99th percentile latency
 * @param errors socket errors plus non-2xx/3xx responses
 */
record WrkRun(double requestsPerSecond, double p50Millis, double p99Millis, long errors) {
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern PERCENTILE = Pattern.compile("\\s+(50|99)%\\s+([0-9.]+)(us|ms|s)");
  private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
  private static final Pattern SOCKET =
      Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

  /** Runs wrk against {@code url}; exits 2 with a hint where wrk is not installed. */
  static WrkRun run(String url, int threads, int connections, int seconds)
      throws IOException, InterruptedException {
    List<String> command =
        List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency", url);
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new UsageException("wrk is not installed: apt-get install wrk");
    }
    String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("wrk failed: " + report.strip());
    }
    return parse(report);
  }

  static WrkRun parse(String report) {
    Matcher rate = RATE.matcher(report);
    if (!rate.find()) {
      throw new IllegalStateException("no Requests/sec in wrk's report: " + report.strip());
    }
    double p50 = Double.NaN;
    double p99 = Double.NaN;
    Matcher percentile = PERCENTILE.matcher(report);
    while (percentile.find()) {
      double millis = toMillis(Double.parseDouble(percentile.group(2)), percentile.group(3));
      if (percentile.group(1).equals("50")) {
        p50 = millis;
      } else {
        p99 = millis;
      }
    }
    long errors = 0;
    Matcher non2xx = NON_2XX.matcher(report);
    if (non2xx.find()) {
      errors += Long.parseLong(non2xx.group(1));
    }
    Matcher socket = SOCKET.matcher(report);
    if (socket.find()) {
      for (int group = 1; group <= 4; group++) {
        errors += Long.parseLong(socket.group(group));
      }
    }
    return new WrkRun(Double.parseDouble(rate.group(1)), p50, p99, errors);
  }

  private static double toMillis(double value, String unit) {
    return switch (unit) {
      case "us" -> value / 1_000;
      case "ms" -> value;
      default -> value * 1_000;
    };
  }
}
