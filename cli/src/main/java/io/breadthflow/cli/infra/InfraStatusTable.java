package io.breadthflow.cli.infra;

import io.breadthflow.app.infra.InfraStatus;
import java.io.PrintWriter;
import java.util.Locale;

/** The cluster's processes as a table. */
final class InfraStatusTable {
  private InfraStatusTable() {}

  static void print(InfraStatus status, PrintWriter out) {
    out.printf(
        Locale.ROOT, "%-14s %-14s %8s %-14s %s%n", "process", "role", "pid", "health", "url");
    for (InfraStatus.NodeStatus node : status.nodes()) {
      out.printf(
          Locale.ROOT,
          "%-14s %-14s %8s %-14s %s%n",
          node.name(),
          node.role().name().toLowerCase(Locale.ROOT).replace('_', ' '),
          node.pid() == 0 ? "-" : String.valueOf(node.pid()),
          node.health().name().toLowerCase(Locale.ROOT).replace('_', ' '),
          node.url());
    }
    out.println("kafka: " + status.kafkaBootstrap());
    out.println(
        "flink: http://"
            + status.flinkRest()
            + " (bf stream run --flink "
            + status.flinkRest()
            + ")");
    out.flush();
  }
}
