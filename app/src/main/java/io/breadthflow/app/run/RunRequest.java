package io.breadthflow.app.run;

import java.util.Map;

/** A use case's request as its run record shows it: the command and its parameters. */
public interface RunRequest {
  /** The command, e.g. {@code data fetch}. */
  String command();

  /** The parameters, stored as JSON with the run. */
  Map<String, Object> parameters();
}
