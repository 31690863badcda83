package io.breadthflow.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

/** Request bodies: a JSON object or a 400 (a 413 for an oversized body passes through). */
public final class RequestBodies {
  private RequestBodies() {}

  public static JsonNode object(Context ctx) {
    JsonNode node;
    try {
      node = ctx.bodyAsClass(JsonNode.class);
    } catch (HttpResponseException e) {
      throw e;
    } catch (Exception e) {
      node = null;
    }
    if (node == null || !node.isObject()) {
      throw ApiException.badRequest("body must be a JSON object");
    }
    return node;
  }
}
