package io.breadthflow.cli.universe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.core.support.DailySeries;
import io.breadthflow.core.support.SharedData;
import io.breadthflow.ingest.membership.MembershipCsv;
import io.breadthflow.ingest.membership.MembershipHistory;
import io.breadthflow.ingest.membership.MembershipInterval;
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
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance on real data ({@code market/daily_sp500_2013_2018}, the members of early 2018, and the
 * S&amp;P 500 membership since 1996 in {@code market/sp500_membership}; see {@code
 * market/SOURCES.md}): breadth over the point-in-time S&amp;P 500 counts only that day's members,
 * and a backtest on a point-in-time sp100 differs from today's sp100 exactly by the members' effect
 * ({@link MembersEffect}). The point-in-time sp100 is the S&amp;P 500 intervals of today's sp100
 * symbols and of the first ten file symbols outside it whose membership changes in the range.
 */
class PointInTimeRealDataAcceptanceTest {
  private static final LocalDate FIRST = LocalDate.of(2013, 2, 8);
  private static final LocalDate SECOND = LocalDate.of(2013, 2, 11);
  private static final LocalDate LAST = LocalDate.of(2018, 2, 7);

  @TempDir static Path dir;
  private static String store;
  private static Path folder;
  private static MembershipHistory sp500;
  private static MembershipHistory sp100;

  @BeforeAll
  static void importTheFilesAndBothMemberships() throws Exception {
    folder = SharedData.require("market/daily_sp500_2013_2018");
    Path intervals = SharedData.require("market/sp500_membership/sp500_ticker_start_end.csv");
    store = "jdbc:duckdb:" + dir.resolve("sp500.duckdb");
    assertThat(
            CliRun.of("data", "import", "--input", folder.toString(), "--store", store).exitCode())
        .isZero();
    CliRun imported =
        CliRun.of(
            "universe",
            "import",
            "--name",
            "sp500",
            "--file",
            intervals.toString(),
            "--store",
            store);
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    try (Reader in = Files.newBufferedReader(intervals, StandardCharsets.UTF_8)) {
      sp500 = MembershipCsv.readIntervals(in).history();
    }
    sp100 = new MembershipHistory(sp100Intervals());
    Path file = dir.resolve("sp100_pit.csv");
    List<String> lines = new ArrayList<>(List.of("ticker,start_date,end_date"));
    for (MembershipInterval i : sp100.intervals()) {
      lines.add(i.symbol() + "," + i.from() + "," + (i.to() == null ? "" : i.to()));
    }
    Files.write(file, lines);
    CliRun pit =
        CliRun.of(
            "universe",
            "import",
            "--name",
            "sp100-pit",
            "--file",
            file.toString(),
            "--store",
            store);
    assertThat(pit.exitCode()).as(pit.err()).isZero();
  }

  @Test
  void breadthOnThePointInTimeSp500CountsOnlyThatDaysMembersWithFiles() throws Exception {
    List<DailySeries> members = new ArrayList<>();
    List<DailySeries> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        DailySeries series = DailySeries.read(file);
        all.add(series);
        if (sp500.isMember(series.symbol(), FIRST)) {
          members.add(series);
        }
      }
    }

    String[] pointInTime = breadthRow("--point-in-time", "sp500");
    Path list = Files.write(dir.resolve("all.txt"), all.stream().map(DailySeries::symbol).toList());
    String[] survivors = breadthRow("--symbol-list", list.toString());

    assertThat(members).as("members of 2013-02-08 with a file (SOURCES.md)").hasSize(389);
    assertThat(all.size() - members.size()).as("files of non-members then").isEqualTo(116);
    // 5 of the 389 are tickers reused later (APTV, BHGE, DXC, FOXA, HPQ): their files start later
    assertThat(counted(pointInTime))
        .as("advancers + decliners + unchanged on 2013-02-11")
        .isEqualTo(withBothBars(members))
        .isEqualTo(384);
    assertThat(counted(survivors)).isEqualTo(withBothBars(all));
    assertThat(counted(survivors)).isGreaterThan(counted(pointInTime));
  }

  @Test
  void aPointInTimeSp100BacktestDiffersFromTodaysMembersExactlyByTheMembersEffect()
      throws Exception {
    JsonNode pointInTime = backtest("--point-in-time", "sp100-pit");
    JsonNode today = backtest("--symbol-list", "sp100");
    MembersEffect effect =
        new MembersEffect(
            sp100, new HashSet<>(Universes.load("sp100").symbols()), MembersEffect.sessions(today));

    Map<String, List<MembersEffect.Trip>> pitTrips = MembersEffect.trips(pointInTime);
    Map<String, List<MembersEffect.Trip>> todayTrips = MembersEffect.trips(today);
    int differing = effect.assertOnlyMembersDiffer(pitTrips, todayTrips);

    assertThat(differing).as("the memberships change trips").isPositive();
    assertThat(todayTrips.keySet().stream().filter(effect::membersThroughout).count())
        .as("symbols compared trip for trip")
        .isGreaterThan(50);
  }

  /** The intervals of today's sp100 symbols and of ten file symbols whose membership changes. */
  private static List<MembershipInterval> sp100Intervals() throws Exception {
    Set<String> today = new HashSet<>(Universes.load("sp100").symbols());
    List<String> changing = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String symbol = file.getFileName().toString().replace(".csv", "");
        if (!today.contains(symbol)
            && changing.size() < 10
            && sp500.isMember(symbol, FIRST) != sp500.isMember(symbol, LAST)) {
          changing.add(symbol);
        }
      }
    }
    return sp500.intervals().stream()
        .filter(i -> today.contains(i.symbol()) || changing.contains(i.symbol()))
        .toList();
  }

  private static String[] breadthRow(String... universe) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "breadth",
                "--start-date",
                FIRST.toString(),
                "--end-date",
                "2013-02-12",
                "--format",
                "csv",
                "--store",
                store));
    args.addAll(List.of(universe));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out()
        .lines()
        .filter(l -> l.startsWith(SECOND.toString()))
        .findFirst()
        .orElseThrow()
        .split(",", -1);
  }

  private static int counted(String[] row) {
    return Integer.parseInt(row[1]) + Integer.parseInt(row[2]) + Integer.parseInt(row[3]);
  }

  /** The stocks with a bar on 2013-02-08 and on 2013-02-11: those breadth can count on the 11th. */
  private static long withBothBars(List<DailySeries> stocks) {
    return stocks.stream()
        .filter(s -> List.of(s.dates()).contains(FIRST) && List.of(s.dates()).contains(SECOND))
        .count();
  }

  private static JsonNode backtest(String... universe) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "backtest",
                "run",
                "--strategy",
                "sma-cross",
                "--fast",
                "20",
                "--slow",
                "100",
                "--start-date",
                FIRST.toString(),
                "--end-date",
                LAST.toString(),
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
}
