package io.breadthflow.ingest.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.core.support.SharedData;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: the real S&amp;P 500 membership history (see {@code market/SOURCES.md}) gives the
 * published member counts, and its published change list agrees with its interval file.
 */
class Sp500MembershipAcceptanceTest {
  private static final LocalDate LAST_BEFORE_CHANGES = LocalDate.of(2019, 1, 17);

  @Test
  void intervalFileGivesThePublishedMembersOf2013And2018AgainstThe505DailyFiles()
      throws IOException {
    MembershipImport read = readIntervals();
    Set<String> files = dailyFileSymbols();
    MembershipHistory history = read.history();

    List<String> members2013 = history.members(LocalDate.of(2013, 2, 8));
    List<String> members2018 = history.members(LocalDate.of(2018, 2, 7));

    assertThat(read.rejected()).isEmpty();
    assertThat(history.intervals()).hasSize(1_230);
    assertThat(files).hasSize(505);
    assertThat(members2013).hasSize(497);
    assertThat(members2013.stream().filter(files::contains)).hasSize(389);
    assertThat(files.stream().filter(f -> !members2013.contains(f))).hasSize(116);
    assertThat(members2018).hasSize(506);
    assertThat(members2018.stream().filter(files::contains)).hasSize(499);
  }

  /**
   * The two sources agree on 94 of the 106 change dates. They disagree on the dates of two ticker
   * changes (WLTW to WTW: 2022-01-10 in the change list, 2022-01-20 in the interval file; RE to EG:
   * 2023-07-10 against 2023-06-10), 40 calendar days in all, and the interval file ends on
   * 2025-07-09, so it lacks the ten later changes.
   */
  @Test
  void changeListAppliedToTheMembersOf2019_01_17AgreesWithTheIntervalFileBarTwoRenameDates()
      throws IOException {
    MembershipHistory intervals = readIntervals().history();
    MembershipImport applied = applyChangeList(intervals);
    MembershipHistory changes = applied.history();
    List<LocalDate> changeDates = changes.changeDates();
    LocalDate intervalsEnd = intervals.changeDates().get(intervals.changeDates().size() - 1);

    List<LocalDate> agreeing =
        changeDates.stream().filter(d -> changes.members(d).equals(intervals.members(d))).toList();
    List<String> disagreeingDays = new ArrayList<>();
    int days = 0;
    for (LocalDate d = LAST_BEFORE_CHANGES.plusDays(1);
        !d.isAfter(intervalsEnd);
        d = d.plusDays(1)) {
      days++;
      Set<String> fromChanges = new TreeSet<>(changes.members(d));
      Set<String> fromIntervals = new TreeSet<>(intervals.members(d));
      if (!fromChanges.equals(fromIntervals)) {
        disagreeingDays.add(
            d
                + " "
                + minus(fromChanges, fromIntervals)
                + " for "
                + minus(fromIntervals, fromChanges));
      }
    }

    assertThat(applied.rejected()).isEmpty();
    assertThat(changeDates).hasSize(107).startsWith(LAST_BEFORE_CHANGES, LocalDate.of(2019, 1, 18));
    assertThat(agreeing).hasSize(1 + 94);
    assertThat(intervalsEnd).isEqualTo(LocalDate.of(2025, 7, 9));
    assertThat(changeDates.stream().filter(d -> d.isAfter(intervalsEnd))).hasSize(10);
    assertThat(days).isEqualTo(2_365);
    assertThat(disagreeingDays)
        .hasSize(40)
        .startsWith("2022-01-10 [WTW] for [WLTW]")
        .contains("2022-01-19 [WTW] for [WLTW]", "2023-06-10 [RE] for [EG]")
        .endsWith("2023-07-09 [RE] for [EG]")
        .allMatch(line -> line.endsWith("[WTW] for [WLTW]") || line.endsWith("[RE] for [EG]"));
  }

  private static MembershipImport applyChangeList(MembershipHistory intervals) throws IOException {
    Path changes = SharedData.require("market/sp500_membership/sp500_changes_since_2019.csv");
    try (Reader reader = Files.newBufferedReader(changes, StandardCharsets.UTF_8)) {
      return MembershipCsv.applyChanges(
          LAST_BEFORE_CHANGES, intervals.members(LAST_BEFORE_CHANGES), reader);
    }
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    return a.stream().filter(s -> !b.contains(s)).collect(Collectors.toCollection(TreeSet::new));
  }

  private static MembershipImport readIntervals() throws IOException {
    Path file = SharedData.require("market/sp500_membership/sp500_ticker_start_end.csv");
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return MembershipCsv.readIntervals(reader);
    }
  }

  private static Set<String> dailyFileSymbols() throws IOException {
    Path folder = SharedData.require("market/daily_sp500_2013_2018");
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".csv"))
          .map(n -> n.substring(0, n.length() - ".csv".length()))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
