package io.breadthflow.server.api;

import io.javalin.http.Handler;

/**
 * One API operation: registered with the server and described in the OpenAPI document from the same
 * record, so the two cannot disagree.
 *
 * @param method GET or POST
 * @param path Javalin path, e.g. {@code /api/stocks/{symbol}/latest}
 * @param summary what it returns
 * @param queryParameters names of its query parameters
 * @param handler the code
 */
public record Route(
    String method,
    String path,
    String summary,
    java.util.List<String> queryParameters,
    Handler handler) {

  /** A POST route (JSON body). */
  public static Route post(String path, String summary, Handler handler) {
    return new Route("POST", path, summary, java.util.List.of(), handler);
  }

  /** A GET route. */
  public static Route get(String path, String summary, Handler handler, String... query) {
    return new Route("GET", path, summary, java.util.List.of(query), handler);
  }
}
