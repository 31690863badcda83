package io.breadthflow.app.signals;

import io.breadthflow.app.run.RunRequest;
import java.util.Map;

/** The stored signals per strategy and action; no parameters. */
public record SignalSummaryRequest() implements RunRequest {
  @Override
  public String command() {
    return "signals summary";
  }

  @Override
  public Map<String, Object> parameters() {
    return Map.of();
  }
}
