package io.breadthflow.server.api;

import io.javalin.http.Handler;
import java.util.List;

/**
 * One API operation: registered with the server and described in the OpenAPI document from the same
 * record, so the two cannot disagree.
 *
 * @param method the HTTP method
 * @param path Javalin path, e.g. {@code /api/stocks/{symbol}/latest}
 * @param summary what it returns
 * @param queryParameters names of its query parameters
 * @param handler the code
 */
public record Route(
    Route.Method method,
    String path,
    String summary,
    List<String> queryParameters,
    Handler handler) {

  /** The HTTP methods the API uses. */
  public enum Method {
    /** Reads; never changes anything. */
    GET,
    /** Creates or acts (JSON body). */
    POST,
    /** Replaces or updates (JSON body). */
    PUT,
    /** Removes (answers 204). */
    DELETE;

    /** Whether requests of this method carry a JSON body. */
    public boolean hasBody() {
      return this == POST || this == PUT;
    }
  }

  public Route {
    queryParameters = List.copyOf(queryParameters);
  }

  /** A POST route (JSON body). */
  public static Route post(String path, String summary, Handler handler) {
    return new Route(Method.POST, path, summary, List.of(), handler);
  }

  /** A GET route. */
  public static Route get(String path, String summary, Handler handler, String... query) {
    return new Route(Method.GET, path, summary, List.of(query), handler);
  }

  /** A PUT route (JSON body). */
  public static Route put(String path, String summary, Handler handler) {
    return new Route(Method.PUT, path, summary, List.of(), handler);
  }

  /** A DELETE route. */
  public static Route delete(String path, String summary, Handler handler) {
    return new Route(Method.DELETE, path, summary, List.of(), handler);
  }
}
