package io.breadthflow.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.breadthflow.app.config.ReadAccess;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.ingest.universe.Universes;
import io.breadthflow.store.MemberInterval;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code GET /api/universes}: the built-in and the stored point-in-time universes with their
 * sectors; {@code GET /api/universes/{name}/members}: the members of a stored point-in-time
 * universe on a date; a token when reads are private, 404 JSON for an unknown universe, 400 JSON
 * for a bad date. On DuckDB and PostgreSQL.
 */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"duckdb", "postgresql"})
class UniverseApiTest {
  @Parameter String engine;
  @TempDir Path dir;
  private TestStore testStore;
  private ApiServer server;
  private TestApi api;

  @BeforeEach
  void start() throws Exception {
    testStore = new TestStore(engine, dir);
    testStore
        .store()
        .replaceMembership(
            "idx",
            List.of(
                new MemberInterval("AAA", LocalDate.of(2010, 1, 4), null, "Energy"),
                new MemberInterval(
                    "BBB", LocalDate.of(2010, 1, 4), LocalDate.of(2012, 6, 1), "Utilities"),
                new MemberInterval("CCC", LocalDate.of(2012, 6, 1), null, "")));
    server =
        ApiServer.start(
            testStore.application(),
            TestStore.config(10_000, 1 << 20).withAccess(List.of(), ReadAccess.PRIVATE));
    api = new TestApi(server.port());
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    testStore.close();
  }

  @Test
  void theMembersOfADateComeWithTheirSectorsAndTheStartOfTheirMembership() throws Exception {
    String token = TestUsers.accessToken(server.port(), "reader");

    JsonNode before =
        api.json(200, "GET", "/api/universes/idx/members?date=2012-05-31", null, token);
    JsonNode after =
        api.json(200, "GET", "/api/universes/idx/members?date=2012-06-01", null, token);

    assertThat(before.get("size").asInt()).isEqualTo(2);
    assertThat(before.get("members").get(1).get("symbol").asText()).isEqualTo("BBB");
    assertThat(before.get("members").get(1).get("sector").asText()).isEqualTo("Utilities");
    assertThat(before.get("members").get(1).get("since").asText()).isEqualTo("2010-01-04");
    assertThat(after.get("members"))
        .extracting(m -> m.get("symbol").asText())
        .containsExactly("AAA", "CCC");
    assertThat(after.get("universe").asText()).isEqualTo("idx");
  }

  @Test
  void theUniversesAreTheBuiltInListsThenTheStoredOnesEachWithItsKindAndSectors() throws Exception {
    String token = TestUsers.accessToken(server.port(), "reader");

    JsonNode universes = api.json(200, "GET", "/api/universes", null, token).get("universes");

    List<String> builtIn = new ArrayList<>(Universes.BUILT_IN);
    builtIn.add("idx");
    assertThat(universes)
        .extracting(u -> u.get("name").asText())
        .containsExactlyElementsOf(builtIn);
    for (JsonNode universe : universes) {
      if (universe.get("name").asText().equals("idx")) {
        continue;
      }
      Universe list = Universes.load(universe.get("name").asText());
      assertThat(universe.get("kind").asText()).isEqualTo("built-in");
      assertThat(universe.get("symbols").asInt()).isEqualTo(list.symbols().size());
      assertThat(universe.get("members")).hasSize(list.symbols().size());
      assertThat(universe.get("sectors"))
          .extracting(JsonNode::asText)
          .containsExactlyElementsOf(new TreeSet<>(list.symbolsBySector().keySet()));
    }
    JsonNode sp100 = universes.get(Universes.BUILT_IN.indexOf("sp100"));
    assertThat(sp100.get("sectors")).extracting(JsonNode::asText).contains("Energy", "Utilities");
    JsonNode idx = universes.get(universes.size() - 1);
    assertThat(idx.get("kind").asText()).isEqualTo("point-in-time");
    assertThat(idx.get("intervals").asInt()).isEqualTo(3);
    assertThat(idx.get("symbols").asInt()).isEqualTo(3);
    assertThat(idx.get("first_date").asText()).isEqualTo("2010-01-04");
    assertThat(idx.get("last_change").asText()).isEqualTo("2012-06-01");
    assertThat(idx.get("sectors"))
        .extracting(JsonNode::asText)
        .containsExactly("Energy", "Utilities");
    assertThat(idx.has("members")).isFalse();
  }

  @Test
  void privateReadsNeedAToken() throws Exception {
    assertThat(
            api.call("GET", "/api/universes/idx/members?date=2012-06-01", null, null).statusCode())
        .isEqualTo(401);
    assertThat(api.call("GET", "/api/universes", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void anUnknownUniverseIsA404AndABadOrMissingDateA400InJson() throws Exception {
    String token = TestUsers.accessToken(server.port(), "reader");

    JsonNode unknown =
        api.json(404, "GET", "/api/universes/nope/members?date=2012-06-01", null, token);
    JsonNode badDate =
        api.json(400, "GET", "/api/universes/idx/members?date=2012-13-01", null, token);
    JsonNode noDate = api.json(400, "GET", "/api/universes/idx/members", null, token);
    HttpResponse<String> badName =
        api.call("GET", "/api/universes/%20%3B/members?date=2012-06-01", null, token);

    assertThat(unknown.get("detail").asText()).contains("no point-in-time universe named nope");
    assertThat(badDate.get("detail").asText()).isEqualTo("date must be a date YYYY-MM-DD");
    assertThat(noDate.get("detail").asText()).contains("date is required");
    assertThat(badName.statusCode()).isEqualTo(400);
    assertThat(TestApi.parse(badName.body()).get("detail").asText()).contains("a universe name");
  }
}
