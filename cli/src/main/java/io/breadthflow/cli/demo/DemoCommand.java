package io.breadthflow.cli.demo;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.config.ServerConfig;
import io.breadthflow.app.demo.DemoPlan;
import io.breadthflow.app.stream.CheckpointFolder;
import io.breadthflow.app.stream.StreamSource;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.ConsoleProgress;
import io.breadthflow.cli.convert.DurationConverter;
import io.breadthflow.core.calendar.NyseCalendar;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
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
  @Mixin private AppOptions app;

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
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
  private String host;

  @Option(
      names = "--rate",
      defaultValue = "500",
      description = "Simulated trades per second (default ${DEFAULT-VALUE}).")
  private double rate;

  @Option(
      names = "--checkpoint-dir",
      paramLabel = "DIR",
      defaultValue = "data/checkpoints/demo",
      description =
          "The streaming job's checkpoints, emptied at start; a folder BreadthFlow did not create"
              + " must be empty (default ${DEFAULT-VALUE}).")
  private Path checkpointDir;

  @Option(
      names = "--duration",
      converter = DurationConverter.class,
      description = "Stop after this long (default: Ctrl-C).")
  private Duration duration;

  @Override
  public Integer call() throws Exception {
    if (input != null && !Files.isDirectory(input)) {
      throw UseCaseException.invalid("--input must be a folder of CSV files: " + input);
    }
    if (input != null && !hasDataFiles(input)) {
      throw UseCaseException.invalid("--input has no .csv or .txt files: " + input);
    }
    if (!(rate > 0 && rate <= StreamSource.MAX_RATE)) {
      throw UseCaseException.invalid("--rate must be above 0 and at most 10000000");
    }
    ServerConfig.checkPort(port);
    CheckpointFolder.check(checkpointDir);
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
      session.run(new ConsoleProgress(out), new ConsoleProgress(spec.commandLine().getErr()));
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
    LocalDate today = LocalDate.now(NyseCalendar.ZONE);
    return DemoSession.open(
        new DemoSession.Settings(
            app.configuration(),
            DemoPlan.session(
                today,
                quick ? DemoPlan.Length.QUICK : DemoPlan.Length.FULL,
                Optional.ofNullable(input)),
            host,
            port,
            rate,
            checkpointDir));
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
