package io.breadthflow.cli.support;

import io.breadthflow.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The outcome of running {@code bf} in-process.
 *
 * @param exitCode process exit code
 * @param out standard output
 * @param err standard error
 */
public record CliRun(int exitCode, String out, String err) {

  /** Runs {@code bf args} in this JVM and captures its streams. */
  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
