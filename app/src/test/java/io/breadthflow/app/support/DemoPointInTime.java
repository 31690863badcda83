package io.breadthflow.app.support;

import io.breadthflow.ingest.membership.MembershipHistory;
import io.breadthflow.ingest.membership.MembershipInterval;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import java.time.LocalDate;
import java.util.List;

/**
 * A point-in-time universe over {@code demo_small} (AAPL, MSFT, GOOGL, AMZN) with invented dates:
 * AAPL joins on {@link #JOIN}, MSFT leaves on {@link #LEAVE}, GOOGL leaves in 2022 and rejoins in
 * 2023, AMZN is a member throughout.
 */
public final class DemoPointInTime {
  /** The day AAPL joins. */
  public static final LocalDate JOIN = LocalDate.of(2023, 5, 15);

  /** The day MSFT leaves. */
  public static final LocalDate LEAVE = LocalDate.of(2023, 8, 1);

  private static final LocalDate START = LocalDate.of(2015, 1, 2);

  private DemoPointInTime() {}

  /** The universe, named {@code demo-pit}. */
  public static PointInTimeUniverse universe() {
    return new PointInTimeUniverse(
        "demo-pit",
        new MembershipHistory(
            List.of(
                new MembershipInterval("AAPL", JOIN, null),
                new MembershipInterval("MSFT", START, LEAVE),
                new MembershipInterval("GOOGL", START, LocalDate.of(2022, 9, 1)),
                new MembershipInterval("GOOGL", LocalDate.of(2023, 3, 1), null),
                new MembershipInterval("AMZN", START, null))));
  }
}
