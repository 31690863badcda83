package io.breadthflow.app;

import io.breadthflow.app.alerts.AlertService;
import io.breadthflow.app.backtest.BacktestService;
import io.breadthflow.app.breadth.BreadthService;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.config.JwtSecret;
import io.breadthflow.app.config.NotificationSettings;
import io.breadthflow.app.config.ProviderSettings;
import io.breadthflow.app.data.ExportService;
import io.breadthflow.app.data.FetchService;
import io.breadthflow.app.data.ImportService;
import io.breadthflow.app.data.SummaryService;
import io.breadthflow.app.demo.DemoFlow;
import io.breadthflow.app.forecast.ForecastService;
import io.breadthflow.app.kafka.KafkaDemoService;
import io.breadthflow.app.notify.DispatchTuning;
import io.breadthflow.app.notify.NotificationDispatcher;
import io.breadthflow.app.notify.NotificationService;
import io.breadthflow.app.notify.channel.EmailSender;
import io.breadthflow.app.notify.channel.InAppSender;
import io.breadthflow.app.notify.channel.WebhookSender;
import io.breadthflow.app.notify.channel.WebhookTargets;
import io.breadthflow.app.rules.RuleService;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.app.shared.SharedState;
import io.breadthflow.app.signals.SignalService;
import io.breadthflow.app.stream.ClusterJobService;
import io.breadthflow.app.stream.StreamService;
import io.breadthflow.app.universe.MembershipService;
import io.breadthflow.app.users.AccountService;
import io.breadthflow.app.users.ProfileService;
import io.breadthflow.app.watchlists.WatchlistService;
import io.breadthflow.core.live.LiveHub;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.StoreConfig;
import io.breadthflow.store.StoreException;
import io.breadthflow.store.StoreKind;
import io.breadthflow.stream.sink.SharedStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kernel every entry point works through: the store opened from the configuration, the run
 * recorder, and one instance of each use-case service. Opening it marks the runs that a dead
 * process left RUNNING as ABANDONED; a streaming job started in this process writes through the
 * same store instance. Closing it closes the store.
 */
public final class Application implements AutoCloseable {
  private final Configuration configuration;
  private final StoreConfig storeConfig;
  private final MarketStore store;
  private final Clock clock;
  private final RunRecorder runs;
  private final FetchService fetch;
  private final ImportService imports;
  private final ExportService export;
  private final SummaryService summary;
  private final BreadthService breadth;
  private final SignalService signals;
  private final BacktestService backtests;
  private final MembershipService membership;
  private final ForecastService forecasts;
  private final StreamService streams;
  private final ClusterJobService clusterJobs;
  private final KafkaDemoService kafkaDemo;
  private final AlertService alerts;
  private final DemoFlow demo;
  private final NotificationService notifications;
  private final ProfileService profiles;
  private final WatchlistService watchlists;
  private final RuleService rules;
  private final AutoCloseable shared;
  private final List<NotificationDispatcher> dispatchers = new ArrayList<>();

  private Application(
      Configuration configuration, StoreConfig storeConfig, MarketStore store, Clock clock) {
    this.configuration = configuration;
    this.storeConfig = storeConfig;
    this.store = store;
    this.clock = clock;
    ProviderSettings providers = configuration.providers();
    this.runs = new RunRecorder(store);
    this.fetch = new FetchService(store, runs, providers);
    this.imports = new ImportService(store, runs);
    this.export = new ExportService(store, runs);
    this.summary = new SummaryService(store, runs);
    this.breadth = new BreadthService(store, runs);
    this.signals = new SignalService(store, runs, fetch);
    this.backtests = new BacktestService(store, runs);
    this.membership = new MembershipService(store);
    this.forecasts = new ForecastService(store, runs, clock);
    Optional<String> kafka = configuration.kafkaBootstrap();
    this.streams = new StreamService(storeConfig, store, runs, providers, kafka);
    this.clusterJobs = new ClusterJobService(storeConfig, runs, kafka);
    this.kafkaDemo = new KafkaDemoService(storeConfig, runs);
    this.alerts = new AlertService(store.alerts());
    this.demo = new DemoFlow(store, fetch, imports, signals, backtests);
    this.notifications =
        new NotificationService(
            store.notifications(),
            new WebhookTargets(configuration.notifications().privateTargets()),
            clock);
    this.profiles = new ProfileService(store.profiles());
    this.watchlists = new WatchlistService(store);
    this.rules = new RuleService(store, clock);
    this.shared = SharedStores.share(storeConfig, store);
  }

  /**
   * Opens the configured store (creating and migrating it if needed) and builds the services.
   *
   * @throws UseCaseException when the store URL is invalid or the database cannot be reached
   */
  public static Application open(Configuration configuration, Clock clock) {
    StoreConfig storeConfig = configuration.store();
    MarketStore store;
    try {
      store = MarketStores.open(storeConfig, clock);
    } catch (IllegalArgumentException | StoreException e) {
      throw UseCaseException.invalid("cannot open store: " + e.getMessage());
    }
    Application application = new Application(configuration, storeConfig, store, clock);
    application.runs.markAbandoned();
    return application;
  }

  /**
   * Opens a store that already exists, for commands that only read: an embedded store whose file is
   * missing is refused instead of created.
   *
   * @throws UseCaseException ({@link Failure#NO_DATA}) when there is no such store
   */
  public static Application openExisting(Configuration configuration) {
    StoreConfig storeConfig = configuration.store();
    if (storeConfig.kind() == StoreKind.DUCKDB) {
      String path = storeConfig.url().substring("jdbc:duckdb:".length()).replaceAll("\\?.*", "");
      if (!path.isEmpty() && !path.startsWith(":memory:") && !Files.exists(Path.of(path))) {
        throw UseCaseException.noData(
            "no store at "
                + path
                + "; load data first with 'bf data fetch' or 'bf data import', or name one with"
                + " --store");
      }
    }
    return open(configuration, Clock.systemUTC());
  }

  /** As {@link #open(Configuration, Clock)} on the system clock. */
  public static Application open(Configuration configuration) {
    return open(configuration, Clock.systemUTC());
  }

  public Configuration configuration() {
    return configuration;
  }

  /** The store's configuration (the streaming job's sinks open it again). */
  public StoreConfig storeConfig() {
    return storeConfig;
  }

  /** The store, for reads. */
  public MarketStore store() {
    return store;
  }

  public Clock clock() {
    return clock;
  }

  public RunRecorder runs() {
    return runs;
  }

  public FetchService fetch() {
    return fetch;
  }

  public ImportService imports() {
    return imports;
  }

  public ExportService export() {
    return export;
  }

  public SummaryService summary() {
    return summary;
  }

  public BreadthService breadth() {
    return breadth;
  }

  public SignalService signals() {
    return signals;
  }

  public ForecastService forecasts() {
    return forecasts;
  }

  /** Stored point-in-time universes (membership histories). */
  public MembershipService membership() {
    return membership;
  }

  public BacktestService backtests() {
    return backtests;
  }

  /** The streaming job on a Flink session cluster. */
  public ClusterJobService clusterJobs() {
    return clusterJobs;
  }

  public StreamService streams() {
    return streams;
  }

  public KafkaDemoService kafkaDemo() {
    return kafkaDemo;
  }

  public AlertService alerts() {
    return alerts;
  }

  public DemoFlow demo() {
    return demo;
  }

  /** Users' notifications, preferences and delivery log. */
  public NotificationService notifications() {
    return notifications;
  }

  /**
   * Starts delivering notifications from the outbox: in-app ones on {@code hub}, webhooks and
   * e-mails as {@link Configuration#notifications()} says. Stop it with {@link
   * NotificationDispatcher#close()}; closing the application stops it too.
   */
  public NotificationDispatcher startNotifications(LiveHub hub) {
    return startNotifications(hub, DispatchTuning.defaults());
  }

  /** As {@link #startNotifications(LiveHub)}, polling as {@code tuning} says. */
  public synchronized NotificationDispatcher startNotifications(
      LiveHub hub, DispatchTuning tuning) {
    NotificationSettings settings = configuration.notifications();
    Duration timeout = Duration.ofSeconds(5);
    NotificationDispatcher dispatcher =
        new NotificationDispatcher(
            store.notifications(),
            store.profiles()::profile,
            Map.of(
                DeliveryChannel.IN_APP, new InAppSender(hub, clock),
                DeliveryChannel.WEBHOOK,
                    new WebhookSender(
                        new WebhookTargets(settings.privateTargets()), clock, timeout),
                DeliveryChannel.EMAIL, new EmailSender(settings.smtp(), clock, timeout)),
            settings,
            tuning,
            clock);
    dispatchers.add(dispatcher);
    return dispatcher.start();
  }

  /** Users' own profiles. */
  public ProfileService profiles() {
    return profiles;
  }

  /** Users' own watchlists. */
  public WatchlistService watchlists() {
    return watchlists;
  }

  /** Users' own personal alert rules. */
  public RuleService rules() {
    return rules;
  }

  /** The accounts of a process signing tokens with {@code secret}, its limits its own. */
  public AccountService accounts(JwtSecret secret, int bcryptCost) {
    return accounts(secret, bcryptCost, SharedState.inProcess());
  }

  /**
   * The accounts of a server signing tokens with {@code secret}, throttling and revoking through
   * {@code shared}.
   */
  public AccountService accounts(JwtSecret secret, int bcryptCost, SharedState shared) {
    return new AccountService(store.users(), secret.bytes(), clock, bcryptCost, shared);
  }

  @Override
  public void close() {
    synchronized (this) {
      dispatchers.forEach(NotificationDispatcher::close);
      dispatchers.clear();
    }
    try {
      shared.close();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      store.close();
    }
  }
}
