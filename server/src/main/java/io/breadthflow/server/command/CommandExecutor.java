package io.breadthflow.server.command;

import java.io.PrintWriter;
import java.util.List;

/** Runs one {@code bf} command line in-process (no shell) and returns its exit code. */
@FunctionalInterface
public interface CommandExecutor {
  int execute(List<String> argv, PrintWriter output);
}
