package io.breadthflow.cli.demo;

import io.breadthflow.cli.UsageException;
import io.breadthflow.cli.data.StoreOptions;
import io.breadthflow.cli.stream.DurationConverter;
import io.breadthflow.server.PortInUseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bf demo}: the whole product on one machine, offline: sp100 history, signals, a backtest,
 * the streaming job on the simulator and the dashboard, until Ctrl-C.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole product offline: simulated sp100 history (or --input CSVs), signals,"
          + " a backtest, the streaming job on the simulator and the server with its dashboard.",
      "Prints the dashboard's address and an admin login for the session; Ctrl-C stops everything."
    })
public final class DemoCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOptions storeOptions;

  @Option(names = "--quick", description = "Eighteen months of history instead of three years.")
  private boolean quick;

  @Option(
      names = "--input",
      paramLabel = "DIR",
      description = "Import these CSV files instead of simulating the history.")
  private Path input;

  @Option(names = "--port", defaultValue = "8083", description = "Port (default ${DEFAULT-VALUE}).")
  private int port;

  @Option(
      names = "--rate",
      defaultValue = "500",
      description = "Simulated trades per second (default ${DEFAULT-VALUE}).")
  private double rate;

  @Option(
      names = "--checkpoint-dir",
      paramLabel = "DIR",
      defaultValue = "data/checkpoints/demo",
      description = "The streaming job's checkpoints, emptied at start (default ${DEFAULT-VALUE}).")
  private Path checkpointDir;

  @Option(
      names = "--duration",
      converter = DurationConverter.class,
      description = "Stop after this long (default: Ctrl-C).")
  private Duration duration;

  @Override
  public Integer call() throws Exception {
    if (input != null && !Files.isDirectory(input)) {
      throw new UsageException("--input must be a folder of CSV files: " + input);
    }
    if (input != null && !hasDataFiles(input)) {
      throw new UsageException("--input has no .csv or .txt files: " + input);
    }
    if (!(rate > 0)) {
      throw new UsageException("--rate must be positive");
    }
    if (port < 0 || port > 65_535) {
      throw new UsageException("--port must be between 0 and 65535, got " + port);
    }
    PrintWriter out = spec.commandLine().getOut();
    CountDownLatch stop = new CountDownLatch(1);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              stop.countDown();
              awaitQuietly(stopped);
            });
    Runtime.getRuntime().addShutdownHook(hook);
    try (DemoSession session = open()) {
      out.println("BreadthFlow is running: http://localhost:" + session.port() + "/");
      out.println(
          "  admin login for this session: " + DemoSession.ADMIN + " / " + session.password());
      out.println("  the dashboard fills in as these steps run; Ctrl-C stops everything");
      out.flush();
      session.run(out, spec.commandLine().getErr());
      out.printf(
          Locale.ROOT,
          "streaming %,.0f simulated trades/s into the dashboard; Ctrl-C stops%n",
          rate);
      out.flush();
      if (duration == null) {
        stop.await();
      } else {
        stop.await(duration.toMillis(), TimeUnit.MILLISECONDS);
      }
      out.println("stopping…");
      out.flush();
    } finally {
      stopped.countDown();
      if (stop.getCount() > 0) {
        Runtime.getRuntime().removeShutdownHook(hook);
      }
    }
    return 0;
  }

  private static boolean hasDataFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(
          f ->
              f.getFileName().toString().endsWith(".csv")
                  || f.getFileName().toString().endsWith(".txt"));
    }
  }

  private DemoSession open() {
    try {
      return DemoSession.open(
          new DemoSession.Settings(
              storeOptions.config(),
              quick,
              input,
              port,
              rate,
              checkpointDir,
              LocalDate.now(ZoneId.of("America/New_York"))));
    } catch (PortInUseException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
