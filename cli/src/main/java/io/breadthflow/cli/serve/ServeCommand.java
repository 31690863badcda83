package io.breadthflow.cli.serve;

import io.breadthflow.cli.UsageException;
import io.breadthflow.cli.data.StoreOptions;
import io.breadthflow.cli.kafka.KafkaOptions;
import io.breadthflow.server.ApiServer;
import io.breadthflow.server.PortInUseException;
import io.breadthflow.server.ServerSettings;
import io.breadthflow.server.health.ComponentHealth;
import io.breadthflow.store.MarketStore;
import io.breadthflow.stream.kafka.KafkaHealth;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bf serve}: the dashboard and the HTTP API on one port until Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the dashboard, the HTTP API, health, Prometheus metrics and the OpenAPI document"
          + " on one port.",
      "Refuses to start without BF_JWT_SECRET (at least 32 bytes) unless --dev, which generates"
          + " one for this session."
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private StoreOptions storeOptions;
  @Mixin private KafkaOptions kafka;

  @Option(names = "--port", defaultValue = "8083", description = "Port (default ${DEFAULT-VALUE}).")
  private int port;

  @Option(names = "--dev", description = "Development mode: generate a JWT secret if none is set.")
  private boolean dev;

  @Option(
      names = "--rate-limit",
      defaultValue = "600",
      description = "Requests per minute per client (default ${DEFAULT-VALUE}).")
  private int rateLimit;

  @Option(
      names = "--cors-origin",
      paramLabel = "URL",
      description = "An origin browsers may call the API from (repeatable; none: same origin).")
  private List<String> corsOrigins = List.of();

  @Option(
      names = "--private-reads",
      description = "Require a token for market-data reads too (public by default).")
  private boolean privateReads;

  private static ApiServer start(MarketStore store, ServerSettings settings, Clock clock) {
    try {
      return ApiServer.start(store, settings, clock);
    } catch (PortInUseException e) {
      throw new UsageException(e.getMessage());
    }
  }

  @Override
  public Integer call() throws Exception {
    String configured = System.getenv("BF_JWT_SECRET");
    byte[] secret = JwtSecret.resolve(configured, dev);
    PrintWriter out = spec.commandLine().getOut();
    if (configured == null || configured.isEmpty()) {
      out.println(
          "dev mode: generated a JWT secret for this session; tokens do not survive a restart");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (MarketStore store = storeOptions.open();
        ApiServer server =
            start(
                store,
                new ServerSettings(
                        port,
                        rateLimit,
                        1 << 20,
                        secret,
                        12,
                        InProcessCommands::execute,
                        storeOptions.url())
                    .withAccess(corsOrigins, !privateReads),
                Clock.systemUTC())) {
      String bootstrap = kafka.bootstrap();
      if (bootstrap != null) {
        KafkaHealth kafkaHealth = new KafkaHealth(bootstrap);
        server.health(
            "kafka",
            () -> {
              KafkaHealth.State state = kafkaHealth.state();
              return state.up()
                  ? ComponentHealth.up(state.detail())
                  : ComponentHealth.down(state.detail());
            });
      }
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      out.println("dashboard and API on http://localhost:" + server.port() + "/ (Ctrl-C stops)");
      out.flush();
      stopped.await();
    }
    return 0;
  }
}
