package io.breadthflow.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link ProfileStore} and {@link WatchlistStore} must have; run once per
 * engine by its subclasses, each on a new, empty database.
 */
abstract class ProfileAndWatchlistStoreContract {
  private static final Instant NOW = Instant.parse("2026-03-02T15:04:05Z");
  private static final int CAPACITY = 500;

  protected MarketStore store;
  private WatchlistStore lists;
  protected long alice;
  private long bob;

  /** A config for a new, empty database of the engine under test. */
  protected abstract StoreConfig emptyDatabase() throws Exception;

  /** Drops what {@link #emptyDatabase} created. */
  protected void dropDatabase() throws Exception {}

  @BeforeEach
  void openStore() throws Exception {
    store = MarketStores.open(emptyDatabase(), Clock.fixed(NOW, ZoneOffset.UTC));
    lists = store.watchlists();
    alice = store.users().create("alice", "hash", Role.USER).id();
    bob = store.users().create("bob", "hash", Role.USER).id();
  }

  @AfterEach
  void closeStore() throws Exception {
    if (store != null) {
      store.close();
      dropDatabase();
    }
  }

  @Test
  void aUserWithoutASavedProfileHasTheDefaultAndAnUnknownUserNone() {
    assertThat(store.profiles().profile(alice))
        .contains(new UserProfile(alice, "alice", Optional.empty(), ZoneOffset.UTC));
    assertThat(store.profiles().profile(9_999)).isEmpty();
  }

  @Test
  void aSavedProfileIsReadBackAndSavingAgainReplacesIt() {
    UserProfile first =
        new UserProfile(alice, "Alice A.", Optional.of("a@example.com"), ZoneId.of("Europe/Paris"));
    UserProfile second =
        new UserProfile(alice, "Alice", Optional.empty(), ZoneId.of("America/New_York"));

    assertThat(store.profiles().save(first)).isTrue();
    assertThat(store.profiles().profile(alice)).contains(first);
    assertThat(store.profiles().save(second)).isTrue();
    assertThat(store.profiles().profile(alice)).contains(second);
    assertThat(store.profiles().profile(bob).orElseThrow().displayName()).isEqualTo("bob");
  }

  @Test
  void savingTheProfileOfAnUnknownUserStoresNothing() {
    assertThat(
            store
                .profiles()
                .save(new UserProfile(9_999, "ghost", Optional.empty(), ZoneOffset.UTC)))
        .isFalse();
    assertThat(store.profiles().profile(9_999)).isEmpty();
  }

  @Test
  void listsAreCreatedLastAndReadInTheUsersOrder() {
    Watchlist tech = lists.create(alice, "Tech");
    Watchlist banks = lists.create(alice, "Banks");
    lists.create(bob, "Tech");

    assertThat(tech).isEqualTo(new Watchlist(tech.id(), alice, "Tech", 0, List.of()));
    assertThat(lists.listsOf(alice))
        .extracting(Watchlist::name, Watchlist::position)
        .containsExactly(tuple("Tech", 0), tuple("Banks", 1));
    assertThat(lists.list(alice, banks.id())).contains(banks);
    assertThat(lists.listsOf(bob)).extracting(Watchlist::name).containsExactly("Tech");
  }

  @Test
  void aSecondListOfTheSameNameIsATypedConflict() {
    lists.create(alice, "Tech");
    Watchlist banks = lists.create(alice, "Banks");

    assertThatThrownBy(() -> lists.create(alice, "Tech"))
        .isInstanceOf(DuplicateWatchlistException.class);
    assertThatThrownBy(() -> lists.rename(alice, banks.id(), "Tech"))
        .isInstanceOf(DuplicateWatchlistException.class);
    assertThat(lists.listsOf(alice)).extracting(Watchlist::name).containsExactly("Tech", "Banks");
  }

  @Test
  void renameChangesTheNameOnlyOfTheOwnersList() {
    Watchlist tech = lists.create(alice, "Tech");
    lists.addSymbols(alice, tech.id(), List.of("AAPL"), CAPACITY);

    assertThat(lists.rename(bob, tech.id(), "Mine")).isEmpty();
    assertThat(lists.rename(alice, tech.id(), "Technology").orElseThrow())
        .isEqualTo(new Watchlist(tech.id(), alice, "Technology", 0, List.of("AAPL")));
    assertThat(lists.rename(alice, tech.id(), "Technology")).isPresent();
  }

  @Test
  void anotherUsersListIsAbsentForEveryOperationAndStaysUnchanged() {
    Watchlist tech = lists.create(alice, "Tech");
    lists.addSymbols(alice, tech.id(), List.of("AAPL", "MSFT"), CAPACITY);
    Watchlist before = lists.list(alice, tech.id()).orElseThrow();

    assertThat(lists.list(bob, tech.id())).isEmpty();
    assertThat(lists.addSymbols(bob, tech.id(), List.of("TSLA"), CAPACITY)).isEmpty();
    assertThat(lists.removeSymbol(bob, tech.id(), "AAPL")).isEmpty();
    assertThat(lists.replaceSymbols(bob, tech.id(), List.of("MSFT"))).isEmpty();
    assertThat(lists.reorderLists(bob, List.of(tech.id()))).isFalse();
    assertThat(lists.delete(bob, tech.id())).isFalse();

    assertThat(lists.list(alice, tech.id())).contains(before);
  }

  @Test
  void reorderingNeedsEachOfTheUsersListsOnce() {
    long a = lists.create(alice, "A").id();
    long b = lists.create(alice, "B").id();
    long c = lists.create(alice, "C").id();

    assertThat(lists.reorderLists(alice, List.of(c, a))).isFalse();
    assertThat(lists.reorderLists(alice, List.of(c, a, b))).isTrue();
    assertThat(lists.listsOf(alice))
        .extracting(Watchlist::name, Watchlist::position)
        .containsExactly(tuple("C", 0), tuple("A", 1), tuple("B", 2));
  }

  @Test
  void deletingAListTakesItsSymbolsAndClosesTheGap() {
    long a = lists.create(alice, "A").id();
    long b = lists.create(alice, "B").id();
    long c = lists.create(alice, "C").id();
    lists.addSymbols(alice, b, List.of("AAPL"), CAPACITY);

    assertThat(lists.delete(alice, b)).isTrue();
    assertThat(lists.delete(alice, b)).isFalse();
    assertThat(lists.symbolsOf(b)).isEmpty();
    assertThat(lists.listsOf(alice))
        .extracting(Watchlist::id, Watchlist::position)
        .containsExactly(tuple(a, 0), tuple(c, 1));
  }

  @Test
  void symbolsAreAppendedOnceInOrderAndRemovedClosingTheGap() {
    long id = lists.create(alice, "Tech").id();

    lists.addSymbols(alice, id, List.of("AAPL", "MSFT", "AAPL"), CAPACITY);
    lists.addSymbols(alice, id, List.of("MSFT", "NVDA"), CAPACITY);
    assertThat(lists.symbolsOf(id)).containsExactly("AAPL", "MSFT", "NVDA");

    assertThat(lists.removeSymbol(alice, id, "MSFT").orElseThrow().symbols())
        .containsExactly("AAPL", "NVDA");
    assertThat(lists.removeSymbol(alice, id, "TSLA").orElseThrow().symbols())
        .containsExactly("AAPL", "NVDA");
    lists.addSymbols(alice, id, List.of("TSLA"), CAPACITY);
    assertThat(lists.symbolsOf(id)).containsExactly("AAPL", "NVDA", "TSLA");
  }

  @Test
  void symbolsBeyondTheCapacityAreNotAdded() {
    long id = lists.create(alice, "Tech").id();
    lists.addSymbols(alice, id, List.of("AAPL", "MSFT"), 3);

    assertThat(
            lists.addSymbols(alice, id, List.of("MSFT", "NVDA", "TSLA"), 3).orElseThrow().symbols())
        .containsExactly("AAPL", "MSFT", "NVDA");
    assertThat(lists.addSymbols(alice, id, List.of("TSLA"), 3).orElseThrow().symbols())
        .containsExactly("AAPL", "MSFT", "NVDA");
  }

  @Test
  void replacingSymbolsReordersKeepsAndDrops() {
    long id = lists.create(alice, "Tech").id();
    lists.addSymbols(alice, id, List.of("AAPL", "MSFT", "NVDA"), CAPACITY);

    assertThat(
            lists
                .replaceSymbols(alice, id, List.of("NVDA", "AAPL", "MSFT"))
                .orElseThrow()
                .symbols())
        .containsExactly("NVDA", "AAPL", "MSFT");
    assertThat(lists.replaceSymbols(alice, id, List.of("TSLA", "AAPL")).orElseThrow().symbols())
        .containsExactly("TSLA", "AAPL");
    assertThat(lists.symbolsOf(id)).containsExactly("TSLA", "AAPL");
  }

  @Test
  void theDefaultListIsCreatedOnceAndFoundAfterwards() {
    lists.create(alice, "Tech");

    Watchlist first = lists.defaultList(alice);
    Watchlist again = lists.defaultList(alice);

    assertThat(first.name()).isEqualTo(WatchlistStore.DEFAULT_NAME);
    assertThat(first.position()).isEqualTo(1);
    assertThat(again).isEqualTo(first);
    assertThat(lists.listsOf(alice)).hasSize(2);
    assertThat(lists.defaultList(bob).id()).isNotEqualTo(first.id());
  }

  @Test
  void symbolsOfAnUnknownListAreEmpty() {
    assertThat(lists.symbolsOf(12_345)).isEmpty();
  }
}
