package io.breadthflow.app.universe;

import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.MemberMask;
import io.breadthflow.ingest.membership.PointInTimeUniverse;
import java.util.Optional;

/** The member mask of a request over the panel it loaded. */
public final class MemberMasks {
  private MemberMasks() {}

  /**
   * The members of {@code pointInTime} on each session of {@code panel}; every symbol on every
   * session when it is empty (a fixed universe).
   */
  public static MemberMask of(Optional<PointInTimeUniverse> pointInTime, DailyPanel panel) {
    return pointInTime
        .map(p -> p.mask(panel.symbols(), panel.sessions()))
        .orElseGet(() -> MemberMask.all(panel.symbols().size(), panel.sessions().length));
  }
}
