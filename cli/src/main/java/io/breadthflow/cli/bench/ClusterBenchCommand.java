package io.breadthflow.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.app.Application;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.infra.ChaosReport;
import io.breadthflow.app.infra.ChaosRequest;
import io.breadthflow.app.infra.ClusterChaos;
import io.breadthflow.app.infra.ClusterNode;
import io.breadthflow.app.infra.InfraLayout;
import io.breadthflow.app.infra.InfraService;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.stream.ClusterJobRequest;
import io.breadthflow.app.stream.FlinkAddress;
import io.breadthflow.app.stream.JobSettings;
import io.breadthflow.app.stream.StreamSource;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.infra.InfraOptions;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.domain.Trade;
import io.breadthflow.core.live.PipelineCounters;
import io.breadthflow.ingest.sim.SimulatedTrades;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.stream.Deduplication;
import io.breadthflow.stream.EmbeddedRuntime;
import io.breadthflow.stream.PipelineSpec;
import io.breadthflow.stream.ReadExtent;
import io.breadthflow.stream.Resume;
import io.breadthflow.stream.RunningJob;
import io.breadthflow.stream.StreamJob;
import io.breadthflow.stream.cluster.FlinkRest;
import io.breadthflow.stream.forecast.ForecastSchedule;
import io.breadthflow.stream.kafka.MarketDataProducer;
import io.breadthflow.stream.kafka.Topics;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bf bench cluster}: the job on the local cluster ({@code bf infra start}) against the
 * embedded job and the raw Kafka produce rate, on the same trades of the same brokers; the time
 * from a TaskManager's {@code kill -9} to committed output; and the latency from a bar period's end
 * to a WebSocket client of the second API server, across Kafka, at a steady trade rate.
 */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description =
        "Measures the job on the local cluster (bf infra start first; PostgreSQL store): trades/s"
            + " against the embedded job and raw Kafka, TaskManager-kill recovery, period end →"
            + " WebSocket client latency through the second API server.")
public final class ClusterBenchCommand implements java.util.concurrent.Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec private CommandSpec spec;
  @Mixin private AppOptions app;

  @Mixin private InfraOptions infraOptions;

  @Option(
      names = "--trades",
      defaultValue = "1000000",
      description = "Trades of the throughput runs (default ${DEFAULT-VALUE}).")
  private int trades;

  @Option(
      names = "--rate",
      defaultValue = "10000",
      description = "Trades/s of the latency run (default ${DEFAULT-VALUE}).")
  private double rate;

  @Option(
      names = "--latency-seconds",
      defaultValue = "180",
      description =
          "Length of the latency run, of which the first minute is not measured (default"
              + " ${DEFAULT-VALUE}).")
  private int latencySeconds;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Configuration configuration = app.configuration();
    InfraLayout layout = infraOptions.layout();
    InfraService infra = new InfraService();
    if (!infra.status(layout).allUp()) {
      throw UseCaseException.invalid(
          "the cluster is not up: bf infra start (then bf infra status)");
    }
    String bootstrap = layout.kafkaBootstrap();
    Configuration cluster = configuration.with("BF_KAFKA_BOOTSTRAP", bootstrap);
    Universe universe = Universes.sp100();
    FlinkRest flink = new FlinkRest("127.0.0.1", layout.flinkRestPort());
    out.printf(Locale.ROOT, "%-52s %16s%n", "measurement", "result");
    double produce = produce(bootstrap, universe.symbols());
    row(out, "kafka raw produce (3 brokers, acks=all), trades/s", produce);
    long total = Topics.marketDataEnd(bootstrap).values().stream().mapToLong(Long::longValue).sum();
    try (Application application = Application.open(cluster)) {
      String job = submit(application, layout, universe, ReadExtent.BOUNDED);
      awaitEnd(flink, job);
      FlinkRest.Job finished = flink.job(job).orElseThrow();
      row(out, "cluster job (2 TaskManagers), trades/s", total / seconds(finished.duration()));
      double embedded = embedded(cluster, universe, bootstrap, total);
      row(out, "embedded job (this JVM), trades/s", embedded);
      String recovering = submit(application, layout, universe, ReadExtent.BOUNDED);
      awaitCheckpoint(flink, recovering);
      ChaosReport chaos =
          new ClusterChaos(infra)
              .run(
                  new ChaosRequest(
                      infraOptions.start(configuration),
                      1,
                      1,
                      Set.of(ClusterNode.Role.TASK_MANAGER)),
                  Progress.SILENT);
      out.printf(
          Locale.ROOT,
          "%-52s %13d ms%n",
          "taskmanager kill -9 → next checkpoint",
          chaos.longest().toMillis());
      out.flush();
      awaitEnd(flink, recovering);
      long[] latency = latency(application, layout, universe, flink);
      out.printf(
          Locale.ROOT,
          "%-52s %16s%n",
          String.format(Locale.ROOT, "period end → ws client of api-2 at %,.0f/s, p50/p99", rate),
          latency[0] + " / " + latency[1] + " ms");
      out.printf(Locale.ROOT, "%-52s %16d%n", "bars measured", latency[2]);
      out.flush();
    }
    return 0;
  }

  private double produce(String bootstrap, List<String> symbols) {
    double[] prices = new double[symbols.size()];
    Arrays.fill(prices, 100);
    SimulatedTrades simulated =
        new SimulatedTrades(symbols, prices, 2_000, Instant.parse("2024-03-01T14:30:00Z"), 5);
    List<Trade> batch = new ArrayList<>(trades);
    for (int i = 0; i < trades; i++) {
      batch.add(simulated.next());
    }
    long start = System.nanoTime();
    try (MarketDataProducer producer = new MarketDataProducer(bootstrap)) {
      batch.forEach(producer::send);
      producer.flush();
    }
    return trades / ((System.nanoTime() - start) / 1e9);
  }

  private double embedded(Configuration cluster, Universe universe, String bootstrap, long total)
      throws Exception {
    Path checkpoints = Files.createTempDirectory("bf-bench-embedded");
    StreamJob job =
        new StreamJob(
            new EmbeddedRuntime(2, Duration.ofSeconds(1), checkpoints, 3),
            Resume.FRESH,
            cluster.store(),
            event -> {},
            new PipelineCounters(),
            bootstrap);
    long start = System.nanoTime();
    try (RunningJob running =
        job.startKafka(
            "bf bench cluster (embedded)",
            ReadExtent.BOUNDED,
            bridge ->
                PipelineSpec.withDefaults(
                    universe.symbols(),
                    List.of(Interval.ONE_MINUTE, Interval.FIVE_MINUTES),
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(10),
                    Deduplication.EXACT_REPEATS,
                    bridge))) {
      running.awaitFinish(Duration.ofMinutes(30));
    }
    return total / ((System.nanoTime() - start) / 1e9);
  }

  private String submit(
      Application application, InfraLayout layout, Universe universe, ReadExtent extent)
      throws Exception {
    JobSettings settings =
        new JobSettings(
            List.of(Interval.ONE_MINUTE, Interval.FIVE_MINUTES),
            Duration.ofSeconds(2),
            Duration.ofSeconds(10),
            Files.createTempDirectory("bf-bench-cluster"),
            Duration.ofSeconds(1),
            JobSettings.Start.FRESH,
            io.breadthflow.stream.alert.AlertRules.defaults(),
            2,
            ForecastSchedule.NONE);
    return application
        .clusterJobs()
        .submit(
            new ClusterJobRequest(
                new FlinkAddress("127.0.0.1", layout.flinkRestPort()),
                new StreamSource.Kafka(universe),
                extent,
                settings))
        .result()
        .jobId();
  }

  /** Bars of a live simulator reaching a client of api-2, from their period's end. */
  private long[] latency(
      Application application, InfraLayout layout, Universe universe, FlinkRest flink)
      throws Exception {
    String job = submit(application, layout, universe, ReadExtent.ENDLESS);
    awaitCheckpoint(flink, job);
    // the job reads market-data from its start: the replayed history first, then the live trades;
    // bars are measured once it has caught up, a minute into the live run
    BarLatency client = new BarLatency(System.currentTimeMillis() + 60_000);
    WebSocket socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .buildAsync(URI.create("ws://127.0.0.1:" + layout.apiPort(2) + "/ws/live"), client)
            .get(10, TimeUnit.SECONDS);
    socket
        .sendText("{\"action\":\"subscribe\",\"channels\":[\"bars\"],\"symbols\":[]}", true)
        .get(10, TimeUnit.SECONDS);
    try {
      new io.breadthflow.app.kafka.MarketDataPublisher(
              layout.kafkaBootstrap(), Progress.SILENT, java.util.Map.of())
          .simulator(universe, rate, Duration.ofSeconds(latencySeconds));
      return client.percentiles();
    } finally {
      socket.abort();
      flink.cancel(job);
    }
  }

  private static void awaitEnd(FlinkRest flink, String job) throws Exception {
    while (!flink.job(job).map(FlinkRest.Job::ended).orElse(false)) {
      Thread.sleep(200);
    }
  }

  private static void awaitCheckpoint(FlinkRest flink, String job) throws Exception {
    while (flink.latestCheckpoint(job).isEmpty()) {
      Thread.sleep(100);
    }
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  private static void row(PrintWriter out, String name, double perSecond) {
    out.printf(Locale.ROOT, "%-52s %,16.0f%n", name, perSecond);
    out.flush();
  }

  /** A WebSocket client timing each bar from its period's end to its arrival. */
  private static final class BarLatency implements WebSocket.Listener {
    private final List<Long> millis = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();
    private final long measuredFrom;

    BarLatency(long measuredFrom) {
      this.measuredFrom = measuredFrom;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        long now = System.currentTimeMillis();
        try {
          JsonNode frame = JSON.readTree(partial.toString());
          for (JsonNode message : frame.isArray() ? frame : JSON.createArrayNode().add(frame)) {
            if (message.path("type").asText().equals("bars")) {
              JsonNode bar = message.path("data");
              Interval interval = Interval.parse(bar.path("interval").asText());
              long end = startMillis(bar.path("start")) + interval.length().toMillis();
              if (end >= measuredFrom) {
                synchronized (millis) {
                  millis.add(now - end);
                }
              }
            }
          }
        } catch (Exception e) {
          // a frame that is not a bar message is not measured
        }
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    private static long startMillis(JsonNode start) {
      return start.isNumber()
          ? start.decimalValue().movePointRight(3).longValue()
          : Instant.parse(start.asText()).toEpochMilli();
    }

    /** p50, p99 (ms) and the count. */
    long[] percentiles() {
      synchronized (millis) {
        long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
          return new long[] {-1, -1, 0};
        }
        return new long[] {
          sorted[sorted.length / 2],
          sorted[(int) Math.min(sorted.length - 1, sorted.length * 0.99)],
          sorted.length
        };
      }
    }
  }
}
