package io.breadthflow.app.universe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.Failure;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.support.EngineApplication;
import io.breadthflow.core.domain.Instrument;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import io.breadthflow.ingest.universe.Universe;
import io.breadthflow.ingest.universe.Universes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** Stored point-in-time universes on both engines. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"duckdb", "postgresql"})
class MembershipServiceTest {
  private static final LocalDate JAN2 = LocalDate.of(2024, 1, 2);

  @Parameter String engine;
  @TempDir Path dir;
  private EngineApplication app;
  private MembershipService membership;
  private Path intervals;

  @BeforeEach
  void open() throws Exception {
    app = new EngineApplication(engine, dir, Clock.systemUTC());
    membership = app.application().membership();
    intervals =
        Files.writeString(
            dir.resolve("idx.csv"),
            "ticker,start_date,end_date,sector\n"
                + "AAA,2024-01-02,,Energy\n"
                + "BBB,2024-01-02,2024-01-04,Utilities\n"
                + "BBB,2024-01-03,,Utilities\n"
                + "CCC,2024-01-04,,\n");
  }

  @AfterEach
  void close() throws Exception {
    app.close();
  }

  @Test
  void anIntervalFileIsStoredUnderItsNameWithItsRejectedRows() {
    MembershipImportReport report =
        membership.importCsv(new MembershipImportRequest(" Idx ", intervals), Progress.SILENT);

    assertThat(report.form()).isEqualTo(MembershipForm.INTERVALS);
    assertThat(report.universe())
        .isEqualTo(new StoredUniverseView("idx", 3, 3, JAN2, LocalDate.of(2024, 1, 4)));
    assertThat(report.rejected())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.lineNumber()).isEqualTo(4);
              assertThat(r.reason()).contains("overlaps line 3");
            });
    assertThat(membership.universes()).containsExactly(report.universe());
  }

  @Test
  void theMembersOfADateComeWithTheirSectorAndTheStartOfTheirMembership() {
    membership.importCsv(new MembershipImportRequest("idx", intervals), Progress.SILENT);

    UniverseMembers members =
        membership.members(new MembersRequest("idx", LocalDate.of(2024, 1, 4)));

    assertThat(members.members())
        .containsExactly(
            new UniverseMembers.Member("AAA", "Energy", JAN2),
            new UniverseMembers.Member("CCC", "", LocalDate.of(2024, 1, 4)));
  }

  @Test
  void theCatalogueListsTheBuiltInUniversesThenTheStoredOnesEachWithItsSectors() {
    assertThat(membership.catalogue().pointInTime()).isEmpty();
    membership.importCsv(new MembershipImportRequest("idx", intervals), Progress.SILENT);

    UniverseCatalogue catalogue = membership.catalogue();

    assertThat(catalogue.builtIn())
        .extracting(UniverseCatalogue.BuiltIn::name)
        .containsExactlyElementsOf(Universes.BUILT_IN);
    for (UniverseCatalogue.BuiltIn builtIn : catalogue.builtIn()) {
      Universe list = Universes.load(builtIn.name());
      assertThat(builtIn.kind()).isEqualTo(UniverseKind.BUILT_IN);
      assertThat(builtIn.members()).isEqualTo(list.members());
      assertThat(builtIn.sectors())
          .as(builtIn.name())
          .isSorted()
          .containsExactlyInAnyOrderElementsOf(
              list.members().stream()
                  .map(Instrument::sector)
                  .filter(sector -> !sector.isEmpty())
                  .distinct()
                  .toList());
    }
    assertThat(catalogue.pointInTime())
        .containsExactly(
            new UniverseCatalogue.PointInTime(
                new StoredUniverseView("idx", 3, 3, JAN2, LocalDate.of(2024, 1, 4)),
                List.of("Energy", "Utilities")));
    assertThat(catalogue.pointInTime().get(0).kind()).isEqualTo(UniverseKind.POINT_IN_TIME);
  }

  @Test
  void publishedChangesApplyOnTopOfTheStoredHistoryAndReplaceIt() throws Exception {
    membership.importCsv(new MembershipImportRequest("idx", intervals), Progress.SILENT);
    Path changes =
        Files.writeString(dir.resolve("changes.csv"), "date,add,remove\n2024-02-01,DDD,AAA\n");

    MembershipImportReport report =
        membership.importCsv(new MembershipImportRequest("idx", changes), Progress.SILENT);
    PointInTimeUniverse universe = membership.pointInTime("idx");

    assertThat(report.form()).isEqualTo(MembershipForm.CHANGES);
    assertThat(report.rejected()).isEmpty();
    assertThat(universe.membersOn(LocalDate.of(2024, 1, 31))).containsExactly("AAA", "CCC");
    assertThat(universe.membersOn(LocalDate.of(2024, 2, 1))).containsExactly("CCC", "DDD");
    assertThat(universe.history().everMembers()).containsExactly("AAA", "BBB", "CCC", "DDD");
  }

  @Test
  void unknownUniversesAndUnreadableFilesAreRefusedWithTheirKind() throws Exception {
    Path noHeader = Files.writeString(dir.resolve("bad.csv"), "when,who\n2024-01-02,AAA\n");
    Path nothing =
        Files.writeString(dir.resolve("empty.csv"), "ticker,start_date,end_date\nA A,x,\n");

    assertThatThrownBy(() -> membership.pointInTime("nope"))
        .isInstanceOfSatisfying(
            UseCaseException.class, e -> assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND));
    assertThatThrownBy(() -> membership.members(new MembersRequest("nope", JAN2)))
        .isInstanceOfSatisfying(
            UseCaseException.class, e -> assertThat(e.failure()).isEqualTo(Failure.NOT_FOUND));
    for (Path bad : new Path[] {noHeader, nothing, dir.resolve("missing.csv")}) {
      assertThatThrownBy(
              () -> membership.importCsv(new MembershipImportRequest("idx", bad), Progress.SILENT))
          .as(bad.toString())
          .isInstanceOfSatisfying(
              UseCaseException.class,
              e -> assertThat(e.failure()).isEqualTo(Failure.INVALID_REQUEST));
    }
    assertThat(membership.universes()).isEmpty();
  }

  @Test
  void namesFollowOneRule() {
    assertThat(UniverseName.checked(" SP500 ")).isEqualTo("sp500");
    assertThat(UniverseName.checked("sp100-pit.v2_a")).isEqualTo("sp100-pit.v2_a");
    for (String bad : new String[] {"", " ", "-x", "a b", "é", "x".repeat(41), null}) {
      assertThatThrownBy(() -> UniverseName.checked(bad))
          .as(String.valueOf(bad))
          .isInstanceOf(UseCaseException.class)
          .hasMessageContaining("a universe name is 1 to 40");
    }
  }
}
