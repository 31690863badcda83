package io.breadthflow.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The OpenAPI 3.0 document of the registered routes ({@code GET /openapi.json}). */
public final class OpenApiDocument {
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([a-z_]+)}");

  private OpenApiDocument() {}

  public static ObjectNode of(List<Route> routes, String version) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("openapi", "3.0.3");
    root.putObject("info").put("title", "BreadthFlow API").put("version", version);
    ObjectNode paths = root.putObject("paths");
    for (Route route : routes) {
      ObjectNode path =
          paths.has(route.path())
              ? (ObjectNode) paths.get(route.path())
              : paths.putObject(route.path());
      ObjectNode operation =
          path.putObject(route.method().name().toLowerCase(java.util.Locale.ROOT));
      operation.put("summary", route.summary());
      ArrayNode parameters = operation.putArray("parameters");
      Matcher m = PATH_PARAMETER.matcher(route.path());
      while (m.find()) {
        parameter(parameters, m.group(1), "path", true);
      }
      route.queryParameters().forEach(q -> parameter(parameters, q, "query", false));
      if (route.method().hasBody()) {
        operation
            .putObject("requestBody")
            .putObject("content")
            .putObject("application/json")
            .putObject("schema")
            .put("type", "object");
      }
      ObjectNode responses = operation.putObject("responses");
      if (route.method() == Route.Method.DELETE) {
        responses.putObject("204").put("description", "deleted");
      } else {
        responses.putObject("200").put("description", "OK");
      }
      responses.putObject("400").put("description", "invalid parameter (JSON error)");
      responses.putObject("429").put("description", "rate limited (Retry-After)");
    }
    return root;
  }

  private static void parameter(ArrayNode parameters, String name, String in, boolean required) {
    ObjectNode p = parameters.addObject();
    p.put("name", name).put("in", in).put("required", required);
    p.putObject("schema").put("type", "string");
  }
}
