package io.breadthflow.server;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Every HTTP request's id: the caller's {@value #HEADER} when it is a short safe token (1 to 64
 * letters, digits, {@code .}, {@code _} or {@code -}), else a new random UUID. It is echoed in the
 * response's {@value #HEADER} and, while the request is handled, carried by the log lines of its
 * thread (MDC key {@value #MDC_KEY}).
 */
final class RequestIds {
  /** The request and response header. */
  static final String HEADER = "X-Request-Id";

  /** The MDC key of the request being handled. */
  static final String MDC_KEY = "request_id";

  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private RequestIds() {}

  /** The id of a request that came with {@code incoming} (null when it had none). */
  static String idFor(String incoming) {
    return incoming != null && SAFE.matcher(incoming).matches()
        ? incoming
        : UUID.randomUUID().toString();
  }

  /** A before-handler: names the request in its response and its log lines. */
  static void start(Context ctx) {
    String id = idFor(ctx.header(HEADER));
    ctx.header(HEADER, id);
    MDC.put(MDC_KEY, id);
  }

  /** An after-handler: the thread's next request is another one. */
  static void finish(Context ctx) {
    MDC.remove(MDC_KEY);
  }
}
