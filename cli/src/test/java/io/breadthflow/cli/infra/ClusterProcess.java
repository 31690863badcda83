package io.breadthflow.cli.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code bf} from the built artifact as its own process, as a user would. */
final class ClusterProcess {
  static final Path JAR = Path.of("target", "bf.jar");

  private final Path work;
  private final Map<String, String> environment;

  ClusterProcess(Path work, Map<String, String> environment) {
    this.work = work;
    this.environment = environment;
  }

  /** What a command printed. */
  record Result(int exitCode, String out, String err) {
    /** The last line of standard output. */
    String lastLine() {
      String[] lines = out.strip().split("\n");
      return lines[lines.length - 1].strip();
    }
  }

  /**
   * Runs {@code bf arguments…} to its end (at most {@code minutes}); fails the test on a non-zero
   * exit.
   */
  Result ok(int minutes, String... arguments) throws IOException, InterruptedException {
    Result result = run(minutes, arguments);
    assertThat(result.exitCode())
        .as("bf %s: %s", String.join(" ", arguments), result.err())
        .isZero();
    return result;
  }

  Result run(int minutes, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(arguments));
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError(
          "bf " + String.join(" ", arguments) + " took over " + minutes + " min");
    }
    Result result =
        new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }
}
