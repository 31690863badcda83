package io.breadthflow.cli.serve;

import io.breadthflow.app.Application;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.config.JwtSecret;
import io.breadthflow.app.config.ReadAccess;
import io.breadthflow.app.config.ServerConfig;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.kafka.KafkaOptions;
import io.breadthflow.server.ApiServer;
import io.breadthflow.server.PortInUseException;
import java.io.PrintWriter;
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
          + " one for this session.",
      "With Kafka (--kafka or BF_KAFKA_BOOTSTRAP) it pushes what the output topics carry to its"
          + " WebSocket clients; with Redis (--redis or BF_REDIS_URL) its rate limits, login"
          + " throttling and revoked logins are shared with the other servers using that Redis.",
      "With a Flink cluster (--flink or BF_FLINK_REST) /health reports its TaskManagers, the job's"
          + " state and its last checkpoint."
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private AppOptions app;
  @Mixin private KafkaOptions kafka;

  @Option(names = "--port", defaultValue = "8083", description = "Port (default ${DEFAULT-VALUE}).")
  private int port;

  @Option(
      names = "--host",
      defaultValue = "0.0.0.0",
      description = "Address to listen on (default ${DEFAULT-VALUE}).")
  private String host;

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
      names = "--redis",
      paramLabel = "URL",
      description =
          "Redis the servers of a deployment share limits through,"
              + " redis://HOST[:PORT][/DB] (default: BF_REDIS_URL; none: limits per server).")
  private String redis;

  @Option(
      names = "--flink",
      paramLabel = "HOST:PORT",
      description =
          "The REST endpoint of the Flink session cluster running the job, reported in /health"
              + " (default: BF_FLINK_REST).")
  private String flink;

  @Option(
      names = "--private-reads",
      description = "Require a token for market-data reads too (public by default).")
  private boolean privateReads;

  @Override
  public Integer call() throws Exception {
    Configuration configuration =
        kafka
            .apply(app.configuration())
            .with("BF_REDIS_URL", redis == null ? null : redis.strip())
            .with("BF_FLINK_REST", flink == null ? null : flink.strip());
    JwtSecret secret = configuration.jwtSecret().orElseGet(() -> generated(dev));
    ServerConfig settings =
        ServerConfig.on(port, secret)
            .withHost(host)
            .withRateLimit(rateLimit)
            .withAccess(corsOrigins, privateReads ? ReadAccess.PRIVATE : ReadAccess.PUBLIC)
            .withCluster(configuration.cluster());
    PrintWriter out = spec.commandLine().getOut();
    if (secret.origin() == JwtSecret.Origin.GENERATED) {
      out.println(
          "dev mode: generated a JWT secret for this session; tokens do not survive a restart");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try (Application application = Application.open(configuration);
        ApiServer server = start(application, settings)) {
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      out.println("dashboard and API on http://localhost:" + server.port() + "/ (Ctrl-C stops)");
      out.flush();
      stopped.await();
    }
    return 0;
  }

  private static JwtSecret generated(boolean dev) {
    if (!dev) {
      throw UseCaseException.invalid(
          "refusing to serve without BF_JWT_SECRET (at least "
              + JwtSecret.MIN_BYTES
              + " bytes); use --dev to generate one for this session");
    }
    return JwtSecret.generated();
  }

  /** Starts the server; a port in use is a usage error naming it. */
  public static ApiServer start(Application application, ServerConfig settings) {
    try {
      return ApiServer.start(application, settings);
    } catch (PortInUseException e) {
      throw UseCaseException.invalid(e.getMessage());
    }
  }
}
