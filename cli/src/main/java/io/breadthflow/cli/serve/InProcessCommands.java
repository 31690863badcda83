package io.breadthflow.cli.serve;

import io.breadthflow.cli.Main;
import java.io.PrintWriter;
import java.util.List;

/** Runs the command API's command lines through {@code bf}'s own entry point, in this JVM. */
public final class InProcessCommands {
  private InProcessCommands() {}

  /** Runs {@code bf argv}, standard output and error both to {@code output}; the exit code. */
  public static int execute(List<String> argv, PrintWriter output) {
    return Main.run(output, output, argv.toArray(String[]::new));
  }
}
