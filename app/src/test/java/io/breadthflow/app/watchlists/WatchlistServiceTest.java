package io.breadthflow.app.watchlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.app.Failure;
import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.support.EngineApplication;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.indicator.Rsi;
import io.breadthflow.core.signal.Signal;
import io.breadthflow.core.signal.SignalAction;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.Role;
import io.breadthflow.store.Watchlist;
import io.breadthflow.store.WatchlistStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/** Users' own watchlists on both engines. */
@ParameterizedClass(name = "{0}")
@ValueSource(strings = {"duckdb", "postgresql"})
class WatchlistServiceTest {
  @Parameter String engine;
  @TempDir Path dir;
  private EngineApplication app;
  private MarketStore store;
  private WatchlistService watchlists;
  private long alice;
  private long bob;

  @BeforeEach
  void open() throws Exception {
    app = new EngineApplication(engine, dir, Clock.systemUTC());
    store = app.application().store();
    watchlists = app.application().watchlists();
    alice = store.users().create("alice", "h", Role.USER).id();
    bob = store.users().create("bob", "h", Role.USER).id();
  }

  @AfterEach
  void close() throws Exception {
    app.close();
  }

  @Test
  void listsAreCreatedRenamedReorderedAndDeleted() {
    Watchlist tech = watchlists.create(alice, name(" Tech "));
    Watchlist banks = watchlists.create(alice, name("Banks"));
    Watchlist energy = watchlists.create(alice, name("Energy"));

    assertThat(tech.name()).isEqualTo("Tech");
    assertThat(watchlists.rename(alice, banks.id(), name("Big banks")).name())
        .isEqualTo("Big banks");
    assertThat(
            watchlists.reorder(alice, new ListOrder(List.of(energy.id(), tech.id(), banks.id()))))
        .extracting(Watchlist::name, Watchlist::position)
        .containsExactly(tuple("Energy", 0), tuple("Tech", 1), tuple("Big banks", 2));
    watchlists.delete(alice, tech.id());
    assertThat(watchlists.lists(alice))
        .extracting(Watchlist::name, Watchlist::position)
        .containsExactly(tuple("Energy", 0), tuple("Big banks", 1));
    assertFailure(
        () -> watchlists.list(alice, tech.id()),
        Failure.NOT_FOUND,
        "no watchlist with id " + tech.id());
  }

  @Test
  void aTakenNameIsAConflictAndOtherUsersMayUseIt() {
    watchlists.create(alice, name("Tech"));
    Watchlist banks = watchlists.create(alice, name("Banks"));

    assertFailure(
        () -> watchlists.create(alice, name("Tech")),
        Failure.CONFLICT,
        "you have a watchlist named 'Tech'");
    assertFailure(
        () -> watchlists.rename(alice, banks.id(), name("Tech")), Failure.CONFLICT, "'Tech'");
    assertThat(watchlists.create(bob, name("Tech")).userId()).isEqualTo(bob);
  }

  @Test
  void reorderingNeedsEveryListOfTheUserOnce() {
    long a = watchlists.create(alice, name("A")).id();
    long b = watchlists.create(alice, name("B")).id();
    long others = watchlists.create(bob, name("B's")).id();

    assertFailure(
        () -> watchlists.reorder(alice, new ListOrder(List.of(b))),
        Failure.INVALID_REQUEST,
        "ids must name each of your 2 watchlists");
    assertFailure(
        () -> watchlists.reorder(alice, new ListOrder(List.of(b, a, others))),
        Failure.NOT_FOUND,
        "no watchlist with id " + others);
    assertFailure(() -> new ListOrder(List.of(a, a)), Failure.INVALID_REQUEST, "must not repeat");
    assertFailure(() -> new ListOrder(List.of()), Failure.INVALID_REQUEST, "1 to 50");
  }

  @Test
  void symbolsAreAddedOnceRemovedAndReordered() {
    long id = watchlists.create(alice, name("Tech")).id();

    watchlists.addSymbol(alice, id, new WatchlistSymbol(" aapl "));
    watchlists.addSymbol(alice, id, new WatchlistSymbol("MSFT"));
    watchlists.addSymbol(alice, id, new WatchlistSymbol("BRK.B"));
    assertThat(watchlists.addSymbol(alice, id, new WatchlistSymbol("AAPL")).symbols())
        .containsExactly("AAPL", "MSFT", "BRK.B");

    assertThat(watchlists.removeSymbol(alice, id, new WatchlistSymbol("MSFT")).symbols())
        .containsExactly("AAPL", "BRK.B");
    assertFailure(
        () -> watchlists.removeSymbol(alice, id, new WatchlistSymbol("MSFT")),
        Failure.NOT_FOUND,
        "watchlist " + id + " has no symbol MSFT");

    assertThat(
            watchlists
                .reorderSymbols(alice, id, SymbolOrder.of(List.of("brk.b", "AAPL")))
                .symbols())
        .containsExactly("BRK.B", "AAPL");
    assertFailure(
        () -> watchlists.reorderSymbols(alice, id, SymbolOrder.of(List.of("AAPL"))),
        Failure.INVALID_REQUEST,
        "each of the list's 2 symbols");
    assertFailure(
        () -> SymbolOrder.of(List.of("AAPL", "aapl")), Failure.INVALID_REQUEST, "must not repeat");
  }

  @Test
  void namesAndSymbolsAreValidatedWhereTheRequestIsBuilt() {
    assertFailure(() -> name(""), Failure.INVALID_REQUEST, "name must be 1 to 64 characters");
    assertFailure(() -> name("x".repeat(65)), Failure.INVALID_REQUEST, "name must be 1 to 64");
    assertFailure(() -> name("a\tb"), Failure.INVALID_REQUEST, "without control characters");
    assertFailure(() -> name(null), Failure.INVALID_REQUEST, "name is required");
    assertThat(name("x".repeat(64)).value()).hasSize(64);
    assertFailure(
        () -> new WatchlistSymbol("AA PL"), Failure.INVALID_REQUEST, "invalid symbol 'AA PL'");
    assertFailure(
        () -> new WatchlistSymbol("A".repeat(16)), Failure.INVALID_REQUEST, "1 to 15 letters");
    assertFailure(() -> new WatchlistSymbol("x\ny"), Failure.INVALID_REQUEST, "'x?y'");
    assertFailure(() -> ListFormat.parse("xlsx"), Failure.INVALID_REQUEST, "txt or csv");
    assertFailure(() -> ImportMode.parse("merge"), Failure.INVALID_REQUEST, "append or replace");
    assertFailure(
        () -> new WatchlistImport(ListFormat.TXT, ImportMode.APPEND, "A\n".repeat(200_000)),
        Failure.INVALID_REQUEST,
        "at most");
  }

  @Test
  void aUserHasAtMostFiftyLists() {
    for (int i = 0; i < WatchlistService.MAX_LISTS; i++) {
      watchlists.create(alice, name("List " + i));
    }

    assertFailure(
        () -> watchlists.create(alice, name("One more")),
        Failure.CONFLICT,
        "you have 50 watchlists, the most a user may have");
    assertFailure(() -> watchlists.defaultList(alice), Failure.CONFLICT, "none named Watchlist");
    assertThat(watchlists.create(bob, name("One more")).userId()).isEqualTo(bob);
  }

  @Test
  void aListHoldsAtMostFiveHundredSymbolsAndAnImportReportsTheRest() {
    long id = watchlists.create(alice, name("Big")).id();
    String many =
        IntStream.range(0, WatchlistService.MAX_SYMBOLS + 2)
            .mapToObj(i -> "S" + i)
            .reduce((a, b) -> a + "\n" + b)
            .orElseThrow();

    ImportReport report =
        watchlists.importSymbols(
            alice, id, new WatchlistImport(ListFormat.TXT, ImportMode.APPEND, many));

    assertThat(report.added()).hasSize(WatchlistService.MAX_SYMBOLS);
    assertThat(report.rejected())
        .extracting(RejectedLine::line, RejectedLine::text)
        .containsExactly(tuple(501, "S500"), tuple(502, "S501"));
    assertThat(report.rejected().get(0).reason()).contains("the most a list may hold");
    assertFailure(
        () -> watchlists.addSymbol(alice, id, new WatchlistSymbol("ZZZ")),
        Failure.CONFLICT,
        "the list holds 500 symbols");
    assertThat(watchlists.addSymbol(alice, id, new WatchlistSymbol("S0")).symbols()).hasSize(500);
  }

  @Test
  void concurrentImportsTogetherStopAtFiveHundredSymbols() {
    long id = watchlists.create(alice, name("Big")).id();
    List<CompletableFuture<ImportReport>> imports = new ArrayList<>();
    for (String prefix : new String[] {"A", "B"}) {
      String text =
          IntStream.range(0, 300).mapToObj(i -> prefix + i).collect(Collectors.joining("\n"));
      imports.add(
          CompletableFuture.supplyAsync(
              () ->
                  watchlists.importSymbols(
                      alice, id, new WatchlistImport(ListFormat.TXT, ImportMode.APPEND, text))));
    }

    List<ImportReport> reports = imports.stream().map(CompletableFuture::join).toList();

    assertThat(watchlists.list(alice, id).symbols()).hasSize(WatchlistService.MAX_SYMBOLS);
    assertThat(reports.stream().mapToInt(r -> r.added().size()).sum()).isEqualTo(500);
    assertThat(reports.stream().mapToInt(r -> r.rejected().size()).sum()).isEqualTo(100);
  }

  @Test
  void aReplaceImportKeepsTheFirstFiveHundredSymbols() {
    long id = watchlists.create(alice, name("Big")).id();
    watchlists.addSymbol(alice, id, new WatchlistSymbol("OLD"));
    String text = IntStream.range(0, 502).mapToObj(i -> "S" + i).collect(Collectors.joining(","));

    ImportReport report =
        watchlists.importSymbols(
            alice, id, new WatchlistImport(ListFormat.TXT, ImportMode.REPLACE, text));

    assertThat(report.watchlist().symbols()).hasSize(500).startsWith("S0").endsWith("S499");
    assertThat(report.removed()).containsExactly("OLD");
    assertThat(report.rejected()).extracting(RejectedLine::text).containsExactly("S500", "S501");
  }

  @Test
  void anImportIntoANewListCreatesItAndARefusedOneLeavesNoListBehind() {
    ImportReport report =
        watchlists.importAsNewList(
            alice, name("Fresh"), new WatchlistImport(ListFormat.TXT, ImportMode.APPEND, "aapl"));

    assertThat(report.watchlist().name()).isEqualTo("Fresh");
    assertThat(report.watchlist().symbols()).containsExactly("AAPL");
    assertThatThrownBy(
            () ->
                watchlists.importAsNewList(
                    alice,
                    name("Refused"),
                    new WatchlistImport(ListFormat.CSV, ImportMode.APPEND, "no,header\n")))
        .isInstanceOf(UseCaseException.class);
    assertThat(watchlists.lists(alice)).extracting(Watchlist::name).doesNotContain("Refused");
  }

  @Test
  void aTextImportSplitsOnLinesCommasAndBlanksSkipsCommentsAndReportsBadEntries() {
    long id = watchlists.create(alice, name("Tech")).id();
    watchlists.addSymbol(alice, id, new WatchlistSymbol("AAPL"));
    String text =
        "# my tech names\n"
            + "msft, nvda  AAPL\n"
            + "\n"
            + "GOOGL # Alphabet\n"
            + "not/valid,AMZN\n"
            + "NVDA\n"
            + "WAYTOOLONGSYMBOL123\n";

    ImportReport report =
        watchlists.importSymbols(
            alice, id, new WatchlistImport(ListFormat.TXT, ImportMode.APPEND, text));

    assertThat(report.watchlist().symbols())
        .containsExactly("AAPL", "MSFT", "NVDA", "GOOGL", "AMZN");
    assertThat(report.added()).containsExactly("MSFT", "NVDA", "GOOGL", "AMZN");
    assertThat(report.duplicates()).isEqualTo(2);
    assertThat(report.removed()).isEmpty();
    assertThat(report.rejected())
        .extracting(RejectedLine::line, RejectedLine::text)
        .containsExactly(tuple(5, "not/valid"), tuple(7, "WAYTOOLONGSYMBOL123"));
    assertThat(report.rejected().get(0).reason()).startsWith("not a valid symbol");
  }

  @Test
  void aCsvImportReadsTheSymbolColumnAndReportsBadLines() {
    long id = watchlists.create(alice, name("Tech")).id();
    watchlists.addSymbol(alice, id, new WatchlistSymbol("TSLA"));
    String csv =
        "\uFEFFName,Symbol,Weight\n"
            + "Apple,aapl,0.5\n"
            + "\"Microsoft, Inc.\",MSFT,0.3\n"
            + "Nothing,,0.1\n"
            + "Short\n"
            + "Bad,\"open,0.1\n"
            + "Bad symbol,$$$,0.1\n"
            + "\n"
            + "Nvidia,NVDA,0.1\n";

    ImportReport report =
        watchlists.importSymbols(
            alice, id, new WatchlistImport(ListFormat.CSV, ImportMode.REPLACE, csv));

    assertThat(report.watchlist().symbols()).containsExactly("AAPL", "MSFT", "NVDA");
    assertThat(report.removed()).containsExactly("TSLA");
    assertThat(report.rejected())
        .extracting(RejectedLine::line, RejectedLine::reason)
        .containsExactly(
            tuple(4, "no symbol in the symbol column"),
            tuple(5, "no symbol in the symbol column"),
            tuple(6, "a quoted field is not closed"),
            tuple(7, "not a valid symbol (1 to 15 letters, digits, '.', '-', '^' or '=')"));
  }

  @Test
  void aReplaceWithoutAnyValidSymbolLeavesTheListAsItWas() {
    long id = watchlists.create(alice, name("Tech")).id();
    watchlists.addSymbol(alice, id, new WatchlistSymbol("AAPL"));

    assertFailure(
        () ->
            watchlists.importSymbols(
                alice,
                id,
                new WatchlistImport(ListFormat.TXT, ImportMode.REPLACE, "# none\n$$$\n")),
        Failure.INVALID_REQUEST,
        "the file holds no valid symbol; a replace would empty the list");
    assertThat(watchlists.list(alice, id).symbols()).containsExactly("AAPL");
  }

  @Test
  void aCsvFileWithoutASymbolColumnIsRefusedWhole() {
    long id = watchlists.create(alice, name("Tech")).id();

    assertFailure(
        () ->
            watchlists.importSymbols(
                alice,
                id,
                new WatchlistImport(ListFormat.CSV, ImportMode.APPEND, "ticker\nAAPL\n")),
        Failure.INVALID_REQUEST,
        "the CSV file needs a header line with a 'symbol' column");
    assertThat(watchlists.list(alice, id).symbols()).isEmpty();
  }

  @Test
  void anExportImportedIntoAnEmptyListGivesTheSameSymbolsInOrder() {
    Watchlist tech = watchlists.create(alice, name("My tech / 2026"));
    watchlists.importSymbols(
        alice,
        tech.id(),
        new WatchlistImport(ListFormat.TXT, ImportMode.APPEND, "NVDA BRK.B BF-B AAPL"));

    for (ListFormat format : ListFormat.values()) {
      ExportedList exported = watchlists.export(alice, tech.id(), format);
      long copy = watchlists.create(alice, name("Copy " + format)).id();

      ImportReport report =
          watchlists.importSymbols(
              alice, copy, new WatchlistImport(format, ImportMode.APPEND, exported.text()));

      assertThat(exported.fileName()).isEqualTo("My_tech_2026." + format.extension());
      assertThat(exported.contentType()).startsWith(format.contentType());
      assertThat(report.rejected()).isEmpty();
      assertThat(report.watchlist().symbols()).containsExactly("NVDA", "BRK.B", "BF-B", "AAPL");
    }
    assertThat(watchlists.export(alice, tech.id(), ListFormat.CSV).text())
        .isEqualTo("position,symbol\n1,NVDA\n2,BRK.B\n3,BF-B\n4,AAPL\n");
  }

  @Test
  void anotherUsersListIdsAreNotFoundForEveryOperationAndTheListIsUnchanged() {
    Watchlist mine = watchlists.create(alice, name("Tech"));
    watchlists.addSymbol(alice, mine.id(), new WatchlistSymbol("AAPL"));
    watchlists.addSymbol(alice, mine.id(), new WatchlistSymbol("MSFT"));
    Watchlist before = watchlists.list(alice, mine.id());
    long id = mine.id();
    String notFound = "no watchlist with id " + id;
    WatchlistSymbol aapl = new WatchlistSymbol("AAPL");
    WatchlistImport txt = new WatchlistImport(ListFormat.TXT, ImportMode.REPLACE, "TSLA");

    assertFailure(() -> watchlists.list(bob, id), Failure.NOT_FOUND, notFound);
    assertFailure(() -> watchlists.rename(bob, id, name("Stolen")), Failure.NOT_FOUND, notFound);
    assertFailure(() -> watchlists.delete(bob, id), Failure.NOT_FOUND, notFound);
    assertFailure(
        () -> watchlists.reorder(bob, new ListOrder(List.of(id))), Failure.NOT_FOUND, notFound);
    assertFailure(() -> watchlists.addSymbol(bob, id, aapl), Failure.NOT_FOUND, notFound);
    assertFailure(() -> watchlists.removeSymbol(bob, id, aapl), Failure.NOT_FOUND, notFound);
    assertFailure(
        () -> watchlists.reorderSymbols(bob, id, SymbolOrder.of(List.of("MSFT", "AAPL"))),
        Failure.NOT_FOUND,
        notFound);
    assertFailure(() -> watchlists.importSymbols(bob, id, txt), Failure.NOT_FOUND, notFound);
    assertFailure(() -> watchlists.export(bob, id, ListFormat.CSV), Failure.NOT_FOUND, notFound);
    assertFailure(() -> watchlists.rows(bob, id), Failure.NOT_FOUND, notFound);

    assertThat(watchlists.list(alice, id)).isEqualTo(before);
    assertThat(watchlists.lists(bob)).isEmpty();
  }

  @Test
  void theDefaultListBacksTheSingleWatchlistRoutes() {
    Watchlist first = watchlists.defaultList(alice);

    assertThat(first.name()).isEqualTo(WatchlistStore.DEFAULT_NAME);
    assertThat(first.symbols()).isEmpty();
    watchlists.addToDefault(alice, new WatchlistSymbol("aapl"));
    watchlists.addToDefault(alice, new WatchlistSymbol("MSFT"));
    assertThat(watchlists.removeFromDefault(alice, new WatchlistSymbol("AAPL")).symbols())
        .containsExactly("MSFT");
    assertThat(watchlists.defaultList(alice).id()).isEqualTo(first.id());
    assertThat(watchlists.lists(alice)).hasSize(1);
    assertThat(watchlists.defaultList(bob).symbols()).isEmpty();
    assertFailure(
        () -> watchlists.removeFromDefault(bob, new WatchlistSymbol("MSFT")),
        Failure.NOT_FOUND,
        "has no symbol MSFT");
  }

  @Test
  void rowsCarryTheLatestCloseChangeSignalRsiAndSparkline() {
    List<LocalDate> sessions =
        NyseCalendar.tradingDays(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 3, 28));
    double[] closes = new double[sessions.size()];
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      closes[i] = 100 + 5 * Math.sin(i / 3.0) + i * 0.1;
      bars.add(
          Bar.daily(
              "AAPL", sessions.get(i), closes[i], closes[i] + 1, closes[i] - 1, closes[i], 1e6));
    }
    bars.add(Bar.daily("MSFT", sessions.get(0), 300, 301, 299, 300, 1e6));
    store.upsertBars(bars);
    LocalDate last = sessions.get(sessions.size() - 1);
    store.upsertSignals(
        List.of(
            new Signal(
                "AAPL", last.minusDays(1), "composite", 0.1, SignalAction.HOLD, 0.2, List.of()),
            new Signal("AAPL", last, "composite", 0.6, SignalAction.BUY, 0.8, List.of())));
    long id = watchlists.create(alice, name("Tech")).id();
    watchlists.importSymbols(
        alice, id, new WatchlistImport(ListFormat.TXT, ImportMode.APPEND, "AAPL MSFT ZZZZ"));

    List<WatchlistRow> rows = watchlists.rows(alice, id);

    assertThat(rows).extracting(WatchlistRow::symbol).containsExactly("AAPL", "MSFT", "ZZZZ");
    WatchlistRow aapl = rows.get(0);
    int n = closes.length;
    assertThat(aapl.asOf()).isEqualTo(last);
    assertThat(aapl.close()).isCloseTo(closes[n - 1], within(1e-9));
    assertThat(aapl.change()).isCloseTo(closes[n - 1] - closes[n - 2], within(1e-9));
    assertThat(aapl.changePercent())
        .isCloseTo(100 * (closes[n - 1] - closes[n - 2]) / closes[n - 2], within(1e-9));
    assertThat(aapl.signal()).isEqualTo(SignalAction.BUY);
    assertThat(aapl.confidence()).isEqualTo(0.8);
    assertThat(aapl.signalDate()).isEqualTo(last);
    assertThat(aapl.rsi14()).isCloseTo(Rsi.compute(closes, 14)[n - 1], within(1e-9));
    assertThat(aapl.closes()).hasSize(WatchlistService.SPARKLINE_CLOSES);
    assertThat(aapl.closes().get(WatchlistService.SPARKLINE_CLOSES - 1))
        .isCloseTo(closes[n - 1], within(1e-9));

    WatchlistRow msft = rows.get(1);
    assertThat(msft.close()).isEqualTo(300);
    assertThat(msft.change()).isNaN();
    assertThat(msft.changePercent()).isNaN();
    assertThat(msft.rsi14()).isNaN();
    assertThat(msft.signal()).isNull();
    assertThat(msft.confidence()).isNaN();
    assertThat(msft.closes()).containsExactly(300.0);

    WatchlistRow none = rows.get(2);
    assertThat(none.asOf()).isNull();
    assertThat(none.close()).isNaN();
    assertThat(none.rsi14()).isNaN();
    assertThat(none.signal()).isNull();
    assertThat(none.closes()).isEmpty();
  }

  @Test
  void anEmptyListHasNoRows() {
    long id = watchlists.create(alice, name("Empty")).id();

    assertThat(watchlists.rows(alice, id)).isEmpty();
  }

  private static WatchlistName name(String value) {
    return new WatchlistName(value);
  }

  private static void assertFailure(Runnable action, Failure failure, String message) {
    assertThatThrownBy(action::run)
        .isInstanceOfSatisfying(
            UseCaseException.class, e -> assertThat(e.failure()).isEqualTo(failure))
        .hasMessageContaining(message);
  }
}
