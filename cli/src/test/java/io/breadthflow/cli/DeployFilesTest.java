package io.breadthflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.breadthflow.app.Application;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.config.JwtSecret;
import io.breadthflow.app.config.ServerConfig;
import io.breadthflow.server.ApiServer;
import io.breadthflow.stream.metrics.PipelineMetrics;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The files under {@code deploy/} name only what exists: every {@code bf} command line parses
 * against the real command model, every {@code BF_*} key is one the configuration reads, and every
 * metric of the dashboards is one BreadthFlow or Flink exposes.
 */
class DeployFilesTest {
  private static final Path DEPLOY = Path.of("..", "deploy");

  private static Set<String> apiMetrics;

  @BeforeAll
  static void scrapeTheApiServersMetrics(@TempDir Path dir) throws Exception {
    Configuration config =
        Configuration.of(Map.of("BF_STORE_URL", "jdbc:duckdb:" + dir.resolve("m.duckdb")));
    try (Application application = Application.open(config);
        ApiServer server =
            ApiServer.start(
                application,
                ServerConfig.on(0, JwtSecret.of("deploy-files-test-secret-0123456789"))
                    .withHost("127.0.0.1"))) {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port();
      http.send(
          HttpRequest.newBuilder(URI.create(base + "/health")).build(),
          HttpResponse.BodyHandlers.discarding());
      String scrape =
          http.send(
                  HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      apiMetrics = new TreeSet<>();
      scrape
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.split("[{ ]", 2)[0])
          .forEach(apiMetrics::add);
    }
  }

  @Test
  void everyCommandKeyAndMetricTheDeployFilesNameExists() throws IOException {
    Checker checker = new Checker(apiMetrics);

    List<String> problems = checker.check(read(DEPLOY));

    assertThat(problems).isEmpty();
    assertThat(checker.commands).as("bf command lines checked").isGreaterThanOrEqualTo(8);
    assertThat(checker.keys).as("BF_* keys checked").contains("BF_LOG_FORMAT", "BF_STORE_URL");
    assertThat(checker.metrics)
        .as("metrics checked")
        .contains(PipelineMetrics.PROMETHEUS_PREFIX + PipelineMetrics.LATE_TRADES)
        .contains("http_server_requests_seconds_bucket", "flink_jobmanager_job_numRestarts");
  }

  @Test
  void theCheckerNamesAWrongCommandOptionKeyAndMetric() {
    Checker checker = new Checker(apiMetrics);
    Map<String, String> files =
        Map.of(
            "compose.yml",
            "services:\n  api:\n    command: [\"bf\", \"serve\", \"--prot\", \"8083\"]\n"
                + "    environment: {BF_STORE_URLS: x}\n",
            "README.md",
            "Run `bf serv --port 1` or `bf stream run --source kafka`.\n",
            "board.json",
            "{\"panels\": [{\"targets\": [{\"expr\": \"rate("
                + PipelineMetrics.PROMETHEUS_PREFIX
                + "trade[1m]) + breadthflow_live_clientz + flink_jobmanager_job_upTime\"}]}]}");

    List<String> problems = checker.check(files);

    assertThat(problems)
        .hasSize(6)
        .anyMatch(p -> p.contains("compose.yml") && p.contains("--prot"))
        .anyMatch(p -> p.contains("README.md") && p.contains("serv"))
        .anyMatch(p -> p.contains("BF_STORE_URLS"))
        .anyMatch(p -> p.contains("breadthflow_trade"))
        .anyMatch(p -> p.contains("breadthflow_live_clientz"))
        .anyMatch(p -> p.contains("flink_jobmanager_job_upTime"));
    assertThat(checker.commands).isEqualTo(3);
  }

  private static Map<String, String> read(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(path).toString(), Files.readString(path));
      }
    }
    return files;
  }

  /** Finds the names a set of deployment files use and reports those that do not exist. */
  static final class Checker {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern QUOTED_COMMAND = Pattern.compile("`(?:\\./)?bf ([^`]+)`");
    private static final Pattern JSON_COMMAND = Pattern.compile("\\[\"bf\"(?:, *\"[^\"]*\")*]");
    private static final Pattern KEY = Pattern.compile("\\bBF_[A-Z0-9_]+\\b");
    private static final Pattern METRIC =
        Pattern.compile("\\b(?:flink|breadthflow|http_server|jvm|process)_[A-Za-z0-9_]+");
    private static final List<String> FLINK_SCOPES =
        List.of(
            "flink_taskmanager_job_task_operator_",
            "flink_taskmanager_job_task_",
            "flink_jobmanager_job_");

    private final Set<String> apiMetrics;
    private final Set<String> flinkMetrics = flinkMetricNames();
    int commands;
    final Set<String> keys = new TreeSet<>();
    final Set<String> metrics = new TreeSet<>();

    Checker(Set<String> apiMetrics) {
      this.apiMetrics = apiMetrics;
    }

    /** The problems of {@code files} (name → text), one line each. */
    List<String> check(Map<String, String> files) {
      List<String> problems = new ArrayList<>();
      files.forEach(
          (name, text) -> {
            for (List<String> args : commandsOf(name, text, problems)) {
              commands++;
              try {
                new CommandLine(new BfCommand()).parseArgs(args.toArray(String[]::new));
              } catch (CommandLine.ParameterException e) {
                problems.add(name + ": bf " + String.join(" ", args) + ": " + e.getMessage());
              }
            }
            Matcher key = KEY.matcher(text);
            while (key.find()) {
              keys.add(key.group());
              if (!Configuration.keys().contains(key.group())) {
                problems.add(name + ": " + key.group() + " is no configuration key");
              }
            }
            if (name.endsWith(".json")) {
              metricsOf(name, text, problems);
            }
          });
      return problems;
    }

    private void metricsOf(String name, String text, List<String> problems) {
      Matcher metric = METRIC.matcher(text);
      while (metric.find()) {
        String found = metric.group();
        metrics.add(found);
        if (!exists(found)) {
          problems.add(name + ": no metric " + found);
        }
      }
    }

    private boolean exists(String metric) {
      if (metric.startsWith(PipelineMetrics.PROMETHEUS_PREFIX)) {
        return PipelineMetrics.NAMES.contains(
            metric.substring(PipelineMetrics.PROMETHEUS_PREFIX.length()));
      }
      if (metric.startsWith("flink_")) {
        for (String scope : FLINK_SCOPES) {
          if (metric.startsWith(scope)) {
            String rest = metric.substring(scope.length());
            return flinkMetrics.contains(rest)
                || rest.startsWith("KafkaSourceReader_KafkaConsumer_records_lag");
          }
        }
        return false;
      }
      return apiMetrics.contains(metric);
    }

    /** Commands in backticks, JSON-style lists starting with "bf", and bf's job entry args. */
    private static List<List<String>> commandsOf(String name, String text, List<String> problems) {
      List<List<String>> found = new ArrayList<>();
      Matcher quoted = QUOTED_COMMAND.matcher(text);
      while (quoted.find()) {
        found.add(List.of(quoted.group(1).trim().split("\\s+")));
      }
      if (name.endsWith(".yml") || name.endsWith(".yaml")) {
        try {
          for (JsonNode document :
              YAML.readValues(YAML.createParser(text), JsonNode.class).readAll()) {
            walk(document, found);
          }
        } catch (IOException e) {
          problems.add(name + ": not YAML: " + e.getMessage());
        }
      } else {
        Matcher list = JSON_COMMAND.matcher(text);
        while (list.find()) {
          try {
            List<String> args =
                new ArrayList<>(Arrays.asList(JSON.readValue(list.group(), String[].class)));
            found.add(args.subList(1, args.size()));
          } catch (IOException e) {
            problems.add(name + ": unreadable command " + list.group());
          }
        }
      }
      return found;
    }

    private static void walk(JsonNode node, List<List<String>> found) {
      if (node.isArray() && node.size() > 0 && node.get(0).asText().equals("bf")) {
        List<String> args = new ArrayList<>();
        node.forEach(arg -> args.add(arg.asText()));
        found.add(args.subList(1, args.size()));
        return;
      }
      if (node.isObject()
          && node.path("entryClass").asText().equals(Main.class.getName())
          && node.path("args").isArray()) {
        List<String> args = new ArrayList<>();
        node.path("args").forEach(arg -> args.add(arg.asText()));
        found.add(args);
      }
      node.forEach(child -> walk(child, found));
    }

    /** Flink's metric names: its shared constants, the job's uptime and the checkpoint stats. */
    private static Set<String> flinkMetricNames() {
      Set<String> names = new TreeSet<>();
      names.add(org.apache.flink.runtime.executiongraph.metrics.UpTimeGauge.METRIC_NAME);
      for (String type :
          List.of(
              "org.apache.flink.runtime.metrics.MetricNames",
              "org.apache.flink.runtime.checkpoint.DefaultCheckpointStatsTracker")) {
        try {
          for (Field field : Class.forName(type).getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
              field.setAccessible(true);
              names.add((String) field.get(null));
            }
          }
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Flink's metric names are not where they were", e);
        }
      }
      return names;
    }
  }
}
