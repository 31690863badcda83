package io.breadthflow.server.command;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.app.run.RunRequest;
import java.util.Map;

/**
 * One command of the command API as its run record shows it: {@code execute NAME} with the given
 * parameters.
 *
 * @param name the whitelisted command
 * @param given its JSON parameters
 */
record ExecuteRequest(String name, JsonNode given) implements RunRequest {
  @Override
  public String command() {
    return "execute " + name;
  }

  @Override
  public Map<String, Object> parameters() {
    return Map.of("parameters", given == null ? Map.of() : given);
  }
}
