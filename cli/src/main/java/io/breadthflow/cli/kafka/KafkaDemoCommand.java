package io.breadthflow.cli.kafka;

import io.breadthflow.app.Application;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.kafka.KafkaDemoReport;
import io.breadthflow.app.kafka.KafkaDemoRequest;
import io.breadthflow.app.stream.StreamCounts;
import io.breadthflow.app.universe.Selection;
import io.breadthflow.cli.AppOptions;
import io.breadthflow.cli.ConsoleProgress;
import io.breadthflow.stream.kafka.Topics;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bf kafka demo}: the Kafka flow end to end. Simulated trades go to {@code market-data}
 * (Avro, key = symbol); the job reads them back and writes bars, signals, alerts and pipeline
 * events to their topics in transactions; a read-committed consumer then shows what arrived.
 * Without {@code --kafka} a single-node broker runs inside this process for the demo.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Shows the Kafka flow: simulated trades → market-data → streaming job → bars,"
          + " trading-signals, alerts, pipeline-events (exactly once).",
      "Without --kafka or BF_KAFKA_BOOTSTRAP a single-node Kafka runs in this process."
    })
public final class KafkaDemoCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private KafkaOptions kafka;
  @Mixin private AppOptions app;

  @Option(
      names = "--trades",
      defaultValue = "60000",
      description = "Trades to publish, 1 to 10000000 (default ${DEFAULT-VALUE}).")
  private int trades;

  @Option(
      names = "--symbol-list",
      defaultValue = "demo_small",
      paramLabel = "NAME|FILE",
      description = "Universe (default ${DEFAULT-VALUE}).")
  private String symbolList;

  @Override
  public Integer call() {
    Configuration configuration = kafka.apply(app.configuration());
    KafkaDemoRequest request =
        new KafkaDemoRequest(trades, Selection.list(symbolList), configuration.kafkaBootstrap());
    PrintWriter out = spec.commandLine().getOut();
    try (Application application = Application.open(configuration)) {
      KafkaDemoReport report =
          application.kafkaDemo().run(request, new ConsoleProgress(out)).result();
      print(out, report);
    }
    return 0;
  }

  /** The demo's report, as {@code bf kafka demo} prints it. */
  static void print(PrintWriter out, KafkaDemoReport report) {
    out.println(
        "kafka "
            + report.bootstrap()
            + ": topics "
            + report.topics().stream().map(t -> t.name() + "(" + t.partitions() + ")").toList());
    out.printf(
        Locale.ROOT,
        "%-16s %,d simulated trades published (Avro, key = symbol)%n",
        Topics.MARKET_DATA,
        report.published());
    StreamCounts job = report.job();
    out.printf(
        Locale.ROOT,
        "%-16s %,d trades → %,d bars, %,d alerts; %,d quarantined, %,d late%n",
        "streaming job",
        job.trades(),
        job.bars(),
        job.alerts(),
        job.quarantined(),
        job.late());
    report
        .committed()
        .forEach(
            (topic, records) -> {
              out.printf(
                  Locale.ROOT, "%-16s %,d records (read committed)%n", topic, records.size());
              records.stream().limit(2).forEach(r -> out.println("    " + abbreviate(r)));
            });
    out.flush();
  }

  private static String abbreviate(String record) {
    return record.length() <= 160 ? record : record.substring(0, 157) + "…";
  }
}
