package io.breadthflow.cli.universe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.ingest.membership.MembershipCsv;
import io.breadthflow.ingest.membership.MembershipHistory;
import io.breadthflow.ingest.universe.Universes;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Done-when of point-in-time universes on simulated data (runs everywhere): a backtest on a
 * point-in-time sp100 differs from the same backtest on today's sp100 exactly by the members'
 * effect ({@link MembersEffect}). The membership is a fixture written for this test ({@code
 * universe/sp100_pit_demo.csv}, invented dates): today's sp100 members since 2015 except six that
 * join in 2020–2021, two that leave and rejoin, and four former members that leave in 2020–2021;
 * prices come from {@code bf data fetch --source sim}.
 */
class PointInTimeBacktestTest {
  private static final String START = "2020-01-02";
  private static final String END = "2021-12-31";

  @TempDir Path dir;
  private String store;
  private Path membership;

  @BeforeEach
  void storeWithSimulatedBarsAndTheMembership() throws Exception {
    store = "jdbc:duckdb:" + dir.resolve("pit.duckdb");
    membership = dir.resolve("sp100_pit_demo.csv");
    try (var in =
        Objects.requireNonNull(getClass().getResourceAsStream("/universe/sp100_pit_demo.csv"))) {
      Files.copy(in, membership);
    }
    Set<String> symbols = new TreeSet<>(Universes.load("sp100").symbols());
    symbols.addAll(history().everMembers());
    Path list = Files.write(dir.resolve("symbols.txt"), symbols);
    CliRun fetch =
        CliRun.of(
            "data",
            "fetch",
            "--source",
            "sim",
            "--symbol-list",
            list.toString(),
            "--start-date",
            "2019-01-02",
            "--end-date",
            END,
            "--store",
            store);
    assertThat(fetch.exitCode()).as(fetch.err()).isZero();
    CliRun imported =
        CliRun.of(
            "universe",
            "import",
            "--name",
            "sp100-pit",
            "--file",
            membership.toString(),
            "--store",
            store);
    assertThat(imported.exitCode()).as(imported.err()).isZero();
  }

  @Test
  void thePointInTimeBacktestDiffersFromTodaysMembersExactlyByTheMembersEffect() throws Exception {
    JsonNode pointInTime = backtest("--point-in-time", "sp100-pit");
    JsonNode today = backtest("--symbol-list", "sp100");
    MembershipHistory history = history();
    MembersEffect effect =
        new MembersEffect(
            history,
            new HashSet<>(Universes.load("sp100").symbols()),
            MembersEffect.sessions(pointInTime));

    Map<String, List<MembersEffect.Trip>> pitTrips = MembersEffect.trips(pointInTime);
    Map<String, List<MembersEffect.Trip>> todayTrips = MembersEffect.trips(today);
    int differing = effect.assertOnlyMembersDiffer(pitTrips, todayTrips);

    assertThat(MembersEffect.sessions(today)).isEqualTo(MembersEffect.sessions(pointInTime));
    assertThat(differing).as("the memberships change trips").isPositive();
    assertThat(pitTrips.keySet()).as("former members traded").contains("XRX", "HPQ", "WBA", "SLB");
    assertThat(todayTrips.keySet()).doesNotContain("XRX", "HPQ", "WBA", "SLB");
    assertThat(pitTrips.get("TSLA").get(0).entry()).isAfterOrEqualTo(LocalDate.of(2020, 12, 21));
    assertThat(todayTrips.keySet().stream().filter(effect::membersThroughout).count())
        .as("symbols compared trip for trip")
        .isGreaterThan(80);
    assertThat(pointInTime.get("benchmark").asText()).isEqualTo("equal-weight sp100-pit");
  }

  private JsonNode backtest(String... universe) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "backtest",
                "run",
                "--strategy",
                "sma-cross",
                "--fast",
                "10",
                "--slow",
                "40",
                "--start-date",
                START,
                "--end-date",
                END,
                "--max-positions",
                "1000",
                "--format",
                "json",
                "--store",
                store));
    args.addAll(List.of(universe));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  private MembershipHistory history() throws Exception {
    try (Reader in = Files.newBufferedReader(membership, StandardCharsets.UTF_8)) {
      return MembershipCsv.readIntervals(in).history();
    }
  }
}
