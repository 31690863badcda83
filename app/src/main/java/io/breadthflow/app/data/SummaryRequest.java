package io.breadthflow.app.data;

import io.breadthflow.app.run.RunRequest;
import java.util.Map;

/** What the store holds; no parameters. */
public record SummaryRequest() implements RunRequest {
  @Override
  public String command() {
    return "data summary";
  }

  @Override
  public Map<String, Object> parameters() {
    return Map.of();
  }
}
