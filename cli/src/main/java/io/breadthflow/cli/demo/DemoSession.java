package io.breadthflow.cli.demo;

import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.Folders;
import io.breadthflow.cli.Main;
import io.breadthflow.cli.UsageException;
import io.breadthflow.cli.serve.InProcessCommands;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.server.ApiServer;
import io.breadthflow.server.ServerSettings;
import io.breadthflow.server.auth.Credentials;
import io.breadthflow.server.health.ComponentHealth;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.Role;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.stream.EmbeddedRuntime;
import io.breadthflow.stream.PipelineSpec;
import io.breadthflow.stream.RunningJob;
import io.breadthflow.stream.StreamJob;
import io.breadthflow.stream.sink.SharedStores;
import io.breadthflow.stream.source.SimulatedTradeSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything {@code bf demo} runs, in order: history for the universe (simulated, or imported CSV
 * files), signals, the server with an admin for the session, a backtest, and the streaming job on
 * the simulator feeding the server's live push. Closing it stops the job, the server and the store.
 */
public final class DemoSession implements AutoCloseable {
  /** The demo's admin account; its password is new for every session. */
  public static final String ADMIN = "demo";

  private static final String UNIVERSE = "sp100";

  /**
   * The simulator starts this long in the past and catches up at once, so that intraday indicators,
   * signals (50 periods) and alerts are warm when the dashboard opens.
   */
  private static final Duration BACKFILL = Duration.ofHours(1);

  private static final String PASSWORD_LETTERS =
      "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final Settings settings;
  private final MarketStore store;
  private final AutoCloseable sharedStore;
  private final ApiServer server;
  private final String password;
  private RunningJob job;
  private long backtestId = -1;

  private DemoSession(
      Settings settings,
      MarketStore store,
      AutoCloseable sharedStore,
      ApiServer server,
      String password) {
    this.settings = settings;
    this.store = store;
    this.sharedStore = sharedStore;
    this.server = server;
    this.password = password;
  }

  /**
   * What a demo runs on.
   *
   * @param store the store's configuration
   * @param quick eighteen months of history instead of three years
   * @param input a folder of CSV files to import instead of simulated history, or null
   * @param port the server's port (0: any free one)
   * @param rate simulated trades per second
   * @param checkpoints the streaming job's checkpoint folder
   * @param today the last session of the simulated history
   */
  public record Settings(
      StoreConfig store,
      boolean quick,
      Path input,
      int port,
      double rate,
      Path checkpoints,
      LocalDate today) {}

  /**
   * Opens the store and starts the server with this session's admin, so the dashboard is there at
   * once; {@link #run} then fills it.
   */
  public static DemoSession open(Settings settings) {
    MarketStore store = MarketStores.open(settings.store());
    AutoCloseable shared = SharedStores.share(settings.store(), store);
    try {
      ApiServer server = startServer(store, settings);
      String password = newPassword();
      admin(store, password);
      return new DemoSession(settings, store, shared, server, password);
    } catch (RuntimeException | Error e) {
      release(shared);
      store.close();
      throw e;
    }
  }

  /**
   * Runs the steps, reporting each on {@code out} (the commands' progress goes to {@code err}):
   * history, signals, a backtest, then the streaming job, which goes on until {@link #close}.
   */
  public void run(PrintWriter out, PrintWriter err) throws Exception {
    String url = settings.store().url();
    loadHistory(settings, out, err);
    List<Bar> latest = store.latestBars(Interval.ONE_DAY);
    if (latest.isEmpty()) {
      throw new UsageException(
          "no daily bars in the store after "
              + (settings.input() == null
                  ? "simulating the history"
                  : "importing " + settings.input()));
    }
    List<String> symbols = latest.stream().map(Bar::symbol).sorted().toList();
    LocalDate last =
        latest.stream().map(Bar::sessionDate).max(Comparator.naturalOrder()).orElseThrow();
    step(out, "2/4 generating signals for " + symbols.size() + " symbols");
    run(
        err,
        "signals",
        "generate",
        "--symbols",
        String.join(",", symbols),
        "--start-date",
        last.minusMonths(3).toString(),
        "--end-date",
        last.toString(),
        "--store",
        url);
    step(out, "3/4 running a backtest (sma-cross on " + Math.min(10, symbols.size()) + " symbols)");
    backtestId =
        server.startBacktest(
            backtestRequest(
                symbols.subList(0, Math.min(10, symbols.size())),
                last.minusYears(settings.quick() ? 1 : 2),
                last));
    step(out, "4/4 starting the streaming job on the simulator");
    // A demo never resumes: the checkpoints of an earlier session would only pile up.
    Folders.deleteRecursively(settings.checkpoints());
    job = startStream(server, latest, settings);
  }

  /** Imports the CSV files, or simulates the universe's history up to today. */
  private static void loadHistory(Settings settings, PrintWriter out, PrintWriter err) {
    String url = settings.store().url();
    if (settings.input() != null) {
      step(out, "1/4 importing " + settings.input());
      if (run(err, "data", "import", "--input", settings.input().toString(), "--store", url)
          == ExitCodes.PARTIAL_FAILURE) {
        out.println("  some files could not be imported (reported above); going on with the rest");
      }
      return;
    }
    LocalDate end = settings.today();
    LocalDate start = settings.quick() ? end.minusMonths(18) : end.minusYears(3);
    step(out, "1/4 simulating " + UNIVERSE + " history " + start + " to " + end);
    run(
        err,
        "data",
        "fetch",
        "--symbol-list",
        UNIVERSE,
        "--source",
        "sim",
        "--start-date",
        start.toString(),
        "--end-date",
        end.toString(),
        "--store",
        url);
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

  /** The store the session's commands, job and server share. */
  public MarketStore store() {
    return store;
  }

  /** The id of the demo's backtest, once {@link #run} started it; -1 before. */
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
      release(sharedStore);
      store.close();
    }
  }

  private static void release(AutoCloseable sharedStore) {
    try {
      sharedStore.close();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void step(PrintWriter out, String what) {
    out.println("[" + what + "]");
    out.flush();
  }

  /**
   * Runs a {@code bf} command in this JVM, its progress and problems to {@code err}, its report
   * kept back; returns its exit code, success or a partial failure.
   */
  private static int run(PrintWriter err, String... argv) {
    StringWriter report = new StringWriter();
    int exit = Main.run(new PrintWriter(report, true), err, argv);
    if (exit != ExitCodes.OK && exit != ExitCodes.PARTIAL_FAILURE) {
      throw new IllegalStateException(
          "bf " + String.join(" ", argv) + " exited with " + exit + ":\n" + report);
    }
    return exit;
  }

  private static ApiServer startServer(MarketStore store, Settings settings) {
    byte[] secret = new byte[48];
    new SecureRandom().nextBytes(secret);
    return ApiServer.start(
        store,
        new ServerSettings(
                settings.port(),
                600,
                1 << 20,
                secret,
                10,
                InProcessCommands::execute,
                settings.store().url())
            .withAccess(List.of(), true),
        Clock.systemUTC());
  }

  private static String newPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      password.append(PASSWORD_LETTERS.charAt(random.nextInt(PASSWORD_LETTERS.length())));
    }
    return password.toString();
  }

  /** Creates the demo admin, or gives the existing one this session's password. */
  private static void admin(MarketStore store, String password) {
    String hash = Credentials.hash(password, 10);
    store
        .users()
        .byUsername(ADMIN)
        .ifPresentOrElse(
            existing -> {
              if (existing.role() != Role.ADMIN) {
                throw new IllegalStateException(
                    "user '" + ADMIN + "' exists in this store and is not an admin");
              }
              store.users().changePassword(existing.id(), hash);
            },
            () -> store.users().create(ADMIN, hash, Role.ADMIN));
  }

  private static String backtestRequest(List<String> symbols, LocalDate start, LocalDate end) {
    return "{\"strategy\":\"sma-cross\",\"symbols\":["
        + symbols.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(","))
        + "],\"start_date\":\""
        + start
        + "\",\"end_date\":\""
        + end
        + "\",\"fast\":10,\"slow\":50}";
  }

  private static RunningJob startStream(ApiServer server, List<Bar> latest, Settings settings)
      throws Exception {
    List<String> symbols = latest.stream().map(Bar::symbol).toList();
    StreamJob job =
        new StreamJob(
            new EmbeddedRuntime(2, Duration.ofSeconds(10), settings.checkpoints(), 3),
            false,
            settings.store(),
            server.live(),
            server.pipeline(),
            null);
    RunningJob running =
        job.startTrades(
            "bf demo (simulator)",
            SimulatedTradeSource.create(
                symbols,
                latest.stream().mapToDouble(Bar::close).toArray(),
                settings.rate(),
                Long.MAX_VALUE,
                42,
                BACKFILL),
            bridge ->
                PipelineSpec.withDefaults(
                    symbols,
                    List.of(Interval.ONE_MINUTE, Interval.FIVE_MINUTES, Interval.ONE_HOUR),
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(10),
                    false,
                    bridge));
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
