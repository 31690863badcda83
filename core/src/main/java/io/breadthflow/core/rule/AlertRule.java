package io.breadthflow.core.rule;

import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.notify.DeliveryChannel;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * A user's personal alert rule: when {@code condition} is met on a bar of {@code interval} of a
 * symbol of {@code target} (or, for market-wide conditions, on the breadth of a period), within
 * {@code activeHours} and not within {@code cooldown} of its previous firing on that symbol, it
 * fires a {@link RuleFiring} delivered on {@code channels}.
 *
 * @param id the stored rule's id (0 before it is stored)
 * @param userId the owner
 * @param name the owner's name for it (1–{@value #MAX_NAME} characters)
 * @param target the symbol, watchlist or universe it watches
 * @param condition what makes it fire
 * @param interval the bar interval it looks at
 * @param cooldown the least time between two firings on one symbol, measured between bar starts (0
 *     to {@link #MAX_COOLDOWN})
 * @param activeHours when it may fire, in the owner's time zone ({@link ActiveHours#allDay} for
 *     always)
 * @param channels where its firings are delivered (at least one)
 * @param status active or paused
 */
public record AlertRule(
    long id,
    long userId,
    String name,
    RuleTarget target,
    RuleCondition condition,
    Interval interval,
    Duration cooldown,
    ActiveHours activeHours,
    Set<DeliveryChannel> channels,
    RuleStatus status)
    implements Serializable {

  /** Longest name. */
  public static final int MAX_NAME = 80;

  /** Longest cooldown. */
  public static final Duration MAX_COOLDOWN = Duration.ofDays(30);

  public AlertRule {
    if (id < 0) {
      throw new IllegalArgumentException("rule id must be 0 or more");
    }
    if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
      throw new IllegalArgumentException("rule name must be 1-" + MAX_NAME + " characters");
    }
    name = name.strip();
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(cooldown, "cooldown");
    if (cooldown.isNegative() || cooldown.compareTo(MAX_COOLDOWN) > 0) {
      throw new IllegalArgumentException("cooldown must be between 0 and 30 days");
    }
    Objects.requireNonNull(activeHours, "activeHours");
    if (channels == null || channels.isEmpty()) {
      throw new IllegalArgumentException("a rule needs at least one channel");
    }
    channels = Set.copyOf(channels);
    Objects.requireNonNull(status, "status");
    if (condition.kind().marketWide() && target.kind() != TargetKind.UNIVERSE) {
      throw new IllegalArgumentException(
          condition.kind().code() + " is market-wide: its target must be a universe");
    }
  }

  /** This rule as stored under {@code id}. */
  public AlertRule withId(long id) {
    return new AlertRule(
        id, userId, name, target, condition, interval, cooldown, activeHours, channels, status);
  }
}
