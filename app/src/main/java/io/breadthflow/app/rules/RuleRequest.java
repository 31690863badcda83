package io.breadthflow.app.rules;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.core.rule.AlertRule;
import io.breadthflow.core.rule.RuleCondition;
import io.breadthflow.core.rule.RuleStatus;
import io.breadthflow.core.rule.RuleTarget;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * A rule as its owner asks for it (to create one, or to replace one). Checked where it is built, as
 * {@link AlertRule} checks a rule: a bad value is an {@link UseCaseException} (invalid request)
 * with one line.
 *
 * @param name the owner's name for it
 * @param target the symbol, watchlist or universe it watches
 * @param condition what makes it fire
 * @param interval the bar interval it looks at
 * @param cooldown the least time between two firings on one symbol (0 to 30 days)
 * @param activeFrom first active time of day ({@code activeFrom == activeTo}: all day)
 * @param activeTo first inactive time of day
 * @param zone the zone of the active hours; empty: the owner's profile zone
 * @param channels where firings are delivered
 * @param status active or paused
 */
public record RuleRequest(
    String name,
    RuleTarget target,
    RuleCondition condition,
    Interval interval,
    Duration cooldown,
    LocalTime activeFrom,
    LocalTime activeTo,
    Optional<ZoneId> zone,
    Set<DeliveryChannel> channels,
    RuleStatus status) {

  public RuleRequest {
    UseCaseException.required(target, "target");
    UseCaseException.required(condition, "condition");
    UseCaseException.required(interval, "interval");
    UseCaseException.required(cooldown, "cooldown");
    UseCaseException.required(activeFrom, "active_hours.from");
    UseCaseException.required(activeTo, "active_hours.to");
    UseCaseException.required(zone, "zone");
    UseCaseException.requiredEach(channels, "channels");
    UseCaseException.required(status, "status");
    channels = Set.copyOf(channels);
    rule(
        0,
        0,
        ZoneId.of("UTC"),
        name,
        target,
        condition,
        interval,
        cooldown,
        activeFrom,
        activeTo,
        channels,
        status);
  }

  /** The rule of {@code ownerId} this request asks for, stored under {@code id} (0: new). */
  public AlertRule toRule(long id, long ownerId, ZoneId ownerZone) {
    return rule(
        id,
        ownerId,
        zone.orElse(ownerZone),
        name,
        target,
        condition,
        interval,
        cooldown,
        activeFrom,
        activeTo,
        channels,
        status);
  }

  private static AlertRule rule(
      long id,
      long ownerId,
      ZoneId zone,
      String name,
      RuleTarget target,
      RuleCondition condition,
      Interval interval,
      Duration cooldown,
      LocalTime activeFrom,
      LocalTime activeTo,
      Set<DeliveryChannel> channels,
      RuleStatus status) {
    try {
      return new AlertRule(
          id,
          ownerId,
          name,
          target,
          condition,
          interval,
          cooldown,
          new io.breadthflow.core.rule.ActiveHours(activeFrom, activeTo, zone),
          channels,
          status);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw UseCaseException.invalid(e.getMessage());
    }
  }
}
