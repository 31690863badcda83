package io.breadthflow.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {
  private static final io.javalin.http.Handler NOTHING = ctx -> {};

  @Test
  void everyMethodOfAPathIsDescribedUnderThatPath() {
    JsonNode doc =
        OpenApiDocument.of(
            List.of(
                Route.get("/api/things/{id}", "Read", NOTHING),
                Route.put("/api/things/{id}", "Replace", NOTHING),
                Route.delete("/api/things/{id}", "Remove", NOTHING),
                Route.post("/api/things", "Create", NOTHING)),
            "1");

    JsonNode thing = doc.at("/paths/~1api~1things~1{id}");
    assertThat(thing.fieldNames()).toIterable().containsExactly("get", "put", "delete");
    assertThat(thing.at("/put/parameters/0/name").asText()).isEqualTo("id");
    assertThat(thing.at("/delete/parameters/0/in").asText()).isEqualTo("path");
  }

  @Test
  void putAndPostTakeAJsonBodyAndDeleteAnswersNoContent() {
    JsonNode doc =
        OpenApiDocument.of(
            List.of(
                Route.put("/a", "Replace", NOTHING),
                Route.post("/b", "Create", NOTHING),
                Route.get("/c", "Read", NOTHING),
                Route.delete("/d", "Remove", NOTHING)),
            "1");

    assertThat(doc.at("/paths/~1a/put/requestBody/content/application~1json").isObject()).isTrue();
    assertThat(doc.at("/paths/~1b/post/requestBody").isObject()).isTrue();
    assertThat(doc.at("/paths/~1c/get/requestBody").isMissingNode()).isTrue();
    assertThat(doc.at("/paths/~1d/delete/requestBody").isMissingNode()).isTrue();
    assertThat(doc.at("/paths/~1d/delete/responses").fieldNames())
        .toIterable()
        .contains("204")
        .doesNotContain("200");
  }
}
