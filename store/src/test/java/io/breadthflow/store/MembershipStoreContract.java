package io.breadthflow.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the stored point-in-time universes on every engine; run once per engine by its
 * subclasses, each on a new, empty database.
 */
abstract class MembershipStoreContract {
  private static final LocalDate JAN = LocalDate.of(2013, 1, 2);
  private static final LocalDate JUN = LocalDate.of(2013, 6, 3);

  protected MarketStore store;

  /** A config for a new, empty database of the engine under test. */
  protected abstract StoreConfig emptyDatabase() throws Exception;

  /** Drops what {@link #emptyDatabase} created. */
  protected void dropDatabase() throws Exception {}

  @BeforeEach
  void openStore() throws Exception {
    store = MarketStores.open(emptyDatabase(), Clock.systemUTC());
  }

  @AfterEach
  void closeStore() throws Exception {
    if (store != null) {
      store.close();
      dropDatabase();
    }
  }

  @Test
  void aStoredMembershipIsReadBackBySymbolAndStartWithOpenEndsAndSectors() {
    List<MemberInterval> intervals =
        List.of(
            new MemberInterval("MSFT", JAN, null, "Information Technology"),
            new MemberInterval("AAPL", JUN, null, ""),
            new MemberInterval("AAPL", JAN.minusYears(1), JAN, "Information Technology"));

    assertThat(store.replaceMembership("sp100", intervals)).isEqualTo(3);

    assertThat(store.membership("sp100"))
        .containsExactly(intervals.get(2), intervals.get(1), intervals.get(0));
  }

  @Test
  void replacingAMembershipRemovesTheOldIntervalsAndLeavesOtherUniversesAlone() {
    store.replaceMembership("a", List.of(new MemberInterval("AAA", JAN, JUN, "")));
    store.replaceMembership("b", List.of(new MemberInterval("BBB", JAN, null, "")));

    store.replaceMembership("a", List.of(new MemberInterval("CCC", JUN, null, "Energy")));

    assertThat(store.membership("a"))
        .containsExactly(new MemberInterval("CCC", JUN, null, "Energy"));
    assertThat(store.membership("b")).extracting(MemberInterval::symbol).containsExactly("BBB");
  }

  @Test
  void storedUniversesAreSummarisedByName() {
    store.replaceMembership(
        "sp",
        List.of(
            new MemberInterval("AAA", JAN, JUN, ""),
            new MemberInterval("AAA", JUN.plusDays(5), null, ""),
            new MemberInterval("BBB", JAN.plusDays(1), null, "")));
    store.replaceMembership("dow", List.of(new MemberInterval("CCC", JUN, null, "")));

    assertThat(store.storedUniverses())
        .containsExactly(
            new StoredUniverse("dow", 1, 1, JUN, JUN),
            new StoredUniverse("sp", 3, 2, JAN, JUN.plusDays(5)));
  }

  @Test
  void anUnknownUniverseHasNoMembersAndAnEmptyReplacementRemovesOne() {
    store.replaceMembership("gone", List.of(new MemberInterval("AAA", JAN, null, "")));

    store.replaceMembership("gone", List.of());

    assertThat(store.membership("gone")).isEmpty();
    assertThat(store.membership("never")).isEmpty();
    assertThat(store.storedUniverses()).isEmpty();
  }
}
