package io.breadthflow.cli.demo;

import io.breadthflow.app.Application;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.config.JwtSecret;
import io.breadthflow.app.config.ServerConfig;
import io.breadthflow.app.demo.DemoLoad;
import io.breadthflow.app.demo.DemoPlan;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.stream.CheckpointFolder;
import io.breadthflow.app.stream.JobSettings;
import io.breadthflow.app.stream.StreamRequest;
import io.breadthflow.app.stream.StreamRun;
import io.breadthflow.app.stream.StreamSource;
import io.breadthflow.cli.serve.ServeCommand;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.server.ApiServer;
import io.breadthflow.server.health.ComponentHealth;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * Everything {@code bf demo} runs, in order: the server with an admin for the session, then the
 * demo flow (history, signals, a backtest) and the streaming job on the simulator feeding the
 * server's live push. Closing it stops the job, the server and the store.
 */
public final class DemoSession implements AutoCloseable {
  /** The demo's admin account; its password is new for every session. */
  public static final String ADMIN = "demo";

  /**
   * The simulator starts this long in the past and catches up at once, so that intraday indicators,
   * signals (50 periods) and alerts are warm when the dashboard opens.
   */
  private static final Duration BACKFILL = Duration.ofHours(1);

  private static final String PASSWORD_LETTERS =
      "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final Settings settings;
  private final Application application;
  private final ApiServer server;
  private final String password;
  private StreamRun job;
  private long backtestId = -1;

  private DemoSession(
      Settings settings, Application application, ApiServer server, String password) {
    this.settings = settings;
    this.application = application;
    this.server = server;
    this.password = password;
  }

  /**
   * What a demo runs on.
   *
   * @param configuration the product's configuration (the store)
   * @param plan what the demo flow loads
   * @param host the address the server listens on
   * @param port the server's port (0: any free one)
   * @param rate simulated trades per second
   * @param checkpoints the streaming job's checkpoint folder
   */
  public record Settings(
      Configuration configuration,
      DemoPlan plan,
      String host,
      int port,
      double rate,
      Path checkpoints) {}

  /**
   * Opens the store and starts the server with this session's admin, so the dashboard is there at
   * once; {@link #run} then fills it.
   */
  public static DemoSession open(Settings settings) {
    Application application = Application.open(settings.configuration());
    try {
      ServerConfig config =
          ServerConfig.on(settings.port(), JwtSecret.generated()).withHost(settings.host());
      ApiServer server = ServeCommand.start(application, config);
      String password = newPassword();
      application.accounts(config.jwtSecret(), config.bcryptCost()).ensureAdmin(ADMIN, password);
      return new DemoSession(settings, application, server, password);
    } catch (RuntimeException | Error e) {
      application.close();
      throw e;
    }
  }

  /**
   * Runs the demo flow, announcing each step on {@code steps} (its commands' progress goes to
   * {@code progress}), then starts the streaming job, which goes on until {@link #close}.
   */
  public void run(Progress steps, Progress progress) throws Exception {
    DemoLoad load = application.demo().load(settings.plan(), steps, progress);
    backtestId = load.backtestRunId();
    steps.note("[streaming: starting the job on the simulator]");
    // A demo never resumes: the checkpoints of an earlier session would only pile up.
    CheckpointFolder.empty(settings.checkpoints());
    job = startStream(load);
  }

  public int port() {
    return server.port();
  }

  public String password() {
    return password;
  }

  public ApiServer server() {
    return server;
  }

  /** The application the session's steps, job and server share. */
  public Application application() {
    return application;
  }

  /** The run id of the demo's backtest, once {@link #run} ran it; -1 before. */
  public long backtestId() {
    return backtestId;
  }

  @Override
  public void close() throws Exception {
    try {
      if (job != null) {
        job.cancel();
        job.close();
      }
    } finally {
      server.close();
      application.close();
    }
  }

  private static String newPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(PASSWORD_LETTERS.charAt(random.nextInt(PASSWORD_LETTERS.length())));
    }
    return password.toString();
  }

  private StreamRun startStream(DemoLoad load) throws Exception {
    double[] prices = load.latest().stream().mapToDouble(Bar::close).toArray();
    StreamRequest request =
        new StreamRequest(
            new StreamSource.Simulator(
                Universes.of(load.symbols()), prices, settings.rate(), BACKFILL, 42),
            JobSettings.defaults(settings.checkpoints()).fresh());
    StreamRun running =
        application.streams().start(request, server.live(), server.pipeline(), Progress.SILENT);
    server.health(
        "stream",
        () ->
            ComponentHealth.up(
                "simulator, "
                    + running.counters().tradesProcessed()
                    + " trades, "
                    + running.counters().barsEmitted()
                    + " bars"));
    return running;
  }
}
