package io.breadthflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.app.config.LogFormat;
import io.breadthflow.cli.support.CliRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** {@code bf --log-format}: what a log line on standard error looks like. */
class LogOutputTest {
  @AfterEach
  void backToText() {
    MDC.clear();
    LogOutput.use(LogFormat.TEXT);
  }

  @Test
  void jsonLogLinesParseAndCarryTheRunJobAndRequestIds() throws Exception {
    String line =
        logged(
            "--log-format",
            "json",
            () -> {
              MDC.put("run_id", "42");
              MDC.put("job_id", "0123456789abcdef0123456789abcdef");
              MDC.put("request_id", "req-7");
              LoggerFactory.getLogger(LogOutputTest.class).warn("disk {} full", "/data");
            });

    JsonNode json = new ObjectMapper().readTree(line);
    assertThat(json.path("message").asText()).isEqualTo("disk /data full");
    assertThat(json.path("level").asText()).isEqualTo("WARN");
    assertThat(json.path("logger_name").asText()).isEqualTo(LogOutputTest.class.getName());
    assertThat(json.path("run_id").asText()).isEqualTo("42");
    assertThat(json.path("job_id").asText()).isEqualTo("0123456789abcdef0123456789abcdef");
    assertThat(json.path("request_id").asText()).isEqualTo("req-7");
    assertThat(json.has("@timestamp")).isTrue();
  }

  @Test
  void textIsTheFormatWithoutTheOption() throws Exception {
    String line =
        logged(
            "--log-format",
            "text",
            () -> LoggerFactory.getLogger(LogOutputTest.class).warn("disk full"));

    assertThat(line).isEqualTo("bf WARN LogOutputTest: disk full");
  }

  @Test
  void anUnknownLogFormatIsAUsageErrorNamingTheFormats() {
    CliRun run = CliRun.of("--log-format", "xml", "--version");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .contains("the log format must be one of [text, json], got 'xml'");
  }

  /** The one line {@code body} logs after {@code bf OPTION VALUE --version}. */
  private static String logged(String option, String value, Runnable body) throws Exception {
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    StringWriter out = new StringWriter();
    try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setErr(capture);
      int code =
          Main.run(
              new PrintWriter(out),
              new PrintWriter(new StringWriter()),
              option,
              value,
              "--version");
      assertThat(code).isZero();
      body.run();
    } finally {
      System.setErr(stderr);
    }
    return captured.toString(StandardCharsets.UTF_8).strip();
  }
}
