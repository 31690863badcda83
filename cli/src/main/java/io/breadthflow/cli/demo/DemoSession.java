package io.breadthflow.cli.demo;

import io.breadthflow.app.Application;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.config.JwtSecret;
import io.breadthflow.app.config.ServerConfig;
import io.breadthflow.app.demo.DemoAlerts;
import io.breadthflow.app.demo.DemoLoad;
import io.breadthflow.app.demo.DemoPlan;
import io.breadthflow.app.notify.LocalWebhookReceiver;
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
 * Everything {@code bf demo} runs, in order: a webhook receiver and an SMTP server on loopback (the
 * demo's configuration allows loopback webhooks and sends e-mail there), the server with an admin
 * for the session, then the demo flow (history, signals, a backtest), the admin's demo watchlist
 * and alert rule (webhook, e-mail and in-app), and the streaming job on the simulator feeding the
 * server's live push, where the rule fires. Closing it stops the job, the server, the store and the
 * two receivers.
 */
public final class DemoSession implements AutoCloseable {
  /** The demo's admin account; its password is new for every session. */
  public static final String ADMIN = "demo";

  /** Where the demo's e-mail notifications go (the session's own SMTP server keeps them). */
  public static final String EMAIL = "demo@breadthflow.example";

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
  private final long adminId;
  private final LocalWebhookReceiver webhooks;
  private final DemoMailServer mail;
  private StreamRun job;
  private long backtestId = -1;
  private DemoAlerts.Setup alerts;

  private DemoSession(
      Settings settings,
      Application application,
      ApiServer server,
      String password,
      long adminId,
      LocalWebhookReceiver webhooks,
      DemoMailServer mail) {
    this.settings = settings;
    this.application = application;
    this.server = server;
    this.password = password;
    this.adminId = adminId;
    this.webhooks = webhooks;
    this.mail = mail;
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
    LocalWebhookReceiver webhooks = LocalWebhookReceiver.start(0);
    DemoMailServer mail = null;
    Application application = null;
    try {
      mail = DemoMailServer.start();
      application = Application.open(withReceivers(settings.configuration(), mail));
      ServerConfig config =
          ServerConfig.on(settings.port(), JwtSecret.generated()).withHost(settings.host());
      ApiServer server = ServeCommand.start(application, config);
      String password = newPassword();
      long adminId =
          application
              .accounts(config.jwtSecret(), config.bcryptCost())
              .ensureAdmin(ADMIN, password)
              .id();
      return new DemoSession(settings, application, server, password, adminId, webhooks, mail);
    } catch (RuntimeException | Error e) {
      if (application != null) {
        application.close();
      }
      if (mail != null) {
        mail.close();
      }
      webhooks.close();
      throw e;
    }
  }

  /**
   * The demo's configuration: e-mail through the session's SMTP server, and webhooks allowed to
   * loopback for its receiver (for this demo only; a served deployment refuses private targets
   * unless its operator allows them).
   */
  private static Configuration withReceivers(Configuration configuration, DemoMailServer mail) {
    return configuration
        .with("BF_WEBHOOK_ALLOW_PRIVATE", "true")
        .with("BF_SMTP_HOST", mail.host())
        .with("BF_SMTP_PORT", Integer.toString(mail.port()))
        .with("BF_SMTP_TLS", "none")
        .with("BF_SMTP_FROM", "alerts@breadthflow.example");
  }

  /**
   * Runs the demo flow, announcing each step on {@code steps} (its commands' progress goes to
   * {@code progress}), then starts the streaming job, which goes on until {@link #close}.
   */
  public void run(Progress steps, Progress progress) throws Exception {
    DemoLoad load = application.demo().load(settings.plan(), steps, progress);
    backtestId = load.backtestRunId();
    alerts =
        new DemoAlerts(
                application.profiles(),
                application.watchlists(),
                application.rules(),
                application.notifications())
            .prepare(adminId, load.symbols(), webhooks.url(), EMAIL);
    webhooks.verifyWith(alerts.webhookSecret().secret());
    steps.note(
        "[alerts: watchlist '"
            + alerts.watchlist().name()
            + "' "
            + alerts.watchlist().symbols()
            + ", rule '"
            + alerts.rule().name()
            + "' by webhook to "
            + webhooks.url()
            + " and e-mail to "
            + EMAIL
            + " via SMTP 127.0.0.1:"
            + mail.port()
            + "]");
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

  /** The demo's webhook receiver. */
  public LocalWebhookReceiver webhooks() {
    return webhooks;
  }

  /** The demo's SMTP server. */
  public DemoMailServer mail() {
    return mail;
  }

  /** The admin's demo watchlist and rule, once {@link #run} made them; null before. */
  public DemoAlerts.Setup alerts() {
    return alerts;
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
      try {
        server.close();
        application.close();
      } finally {
        mail.close();
        webhooks.close();
      }
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
