package io.breadthflow.core.rule;

import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.notify.DeliveryChannel;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A user's alert rule fired on one bar. A firing is identified by its {@link #key()}: the same rule
 * on the same symbol, interval and bar fires once, however often the bar is seen (a job restarted
 * from a checkpoint, a replayed history), so it is delivered once per channel.
 *
 * @param ruleId the rule
 * @param userId the rule's owner
 * @param ruleName the rule's name, for people
 * @param symbol the symbol it fired on, empty for a market-wide (breadth) rule
 * @param interval the bar interval
 * @param barTime the start of the bar (or period) that fired it
 * @param close the symbol's close on that bar, {@code NaN} for market-wide rules
 * @param value the measured value that met the condition
 * @param message one line for people, e.g. {@code AAPL RSI(14) 28.4 crossed below 30}
 * @param channels where it is to be delivered
 */
public record RuleFiring(
    long ruleId,
    long userId,
    String ruleName,
    String symbol,
    Interval interval,
    Instant barTime,
    double close,
    double value,
    String message,
    Set<DeliveryChannel> channels) {

  public RuleFiring {
    Objects.requireNonNull(ruleName, "ruleName");
    symbol = Objects.requireNonNullElse(symbol, "");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(barTime, "barTime");
    Objects.requireNonNull(message, "message");
    channels = Set.copyOf(channels);
  }

  /** The firing's identity: rule, symbol ({@code *} for market-wide), interval and bar. */
  public String key() {
    return ruleId
        + "/"
        + (symbol.isEmpty() ? "*" : symbol)
        + "/"
        + interval.code()
        + "/"
        + barTime.toEpochMilli();
  }
}
