package io.breadthflow.app.demo;

import io.breadthflow.app.notify.NotificationService;
import io.breadthflow.app.notify.PreferencesRequest;
import io.breadthflow.app.notify.WebhookSecret;
import io.breadthflow.app.rules.RuleRequest;
import io.breadthflow.app.rules.RuleService;
import io.breadthflow.app.users.ProfileService;
import io.breadthflow.app.users.ProfileUpdate;
import io.breadthflow.app.watchlists.WatchlistName;
import io.breadthflow.app.watchlists.WatchlistService;
import io.breadthflow.app.watchlists.WatchlistSymbol;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.notify.DeliveryChannel;
import io.breadthflow.core.rule.AlertRule;
import io.breadthflow.core.rule.ConditionKind;
import io.breadthflow.core.rule.RuleStatus;
import io.breadthflow.core.rule.RuleTarget;
import io.breadthflow.store.Watchlist;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo's personal alerts, made through the use cases a user's requests go through: a profile
 * with an e-mail address, a watchlist of the first symbols the simulator trades, notification
 * preferences with a webhook, and one rule on the first symbol that fires when its 1-minute RSI(14)
 * first crosses above 50 (a random walk soon does) and then keeps quiet for its cooldown of 30
 * days, delivered in-app, by webhook and by e-mail. Running it again for the same user reuses the
 * list and replaces the rule.
 */
public final class DemoAlerts {
  /** The demo list's name. */
  public static final String LIST = "Demo";

  /** Symbols the demo list holds. */
  static final int LIST_SIZE = 5;

  private final ProfileService profiles;
  private final WatchlistService watchlists;
  private final RuleService rules;
  private final NotificationService notifications;

  public DemoAlerts(
      ProfileService profiles,
      WatchlistService watchlists,
      RuleService rules,
      NotificationService notifications) {
    this.profiles = profiles;
    this.watchlists = watchlists;
    this.rules = rules;
    this.notifications = notifications;
  }

  /**
   * What {@link #prepare} made.
   *
   * @param watchlist the demo list
   * @param rule the rule that fires on the simulated stream
   * @param webhookSecret the user's new webhook signing secret, for the receiver to check
   */
  public record Setup(Watchlist watchlist, AlertRule rule, WebhookSecret webhookSecret) {}

  /**
   * Gives user {@code userId} the demo's list of {@code symbols} (the first {@value #LIST_SIZE})
   * and its rule on the first of them, delivered to {@code webhookUrl} and {@code email} too.
   */
  public Setup prepare(long userId, List<String> symbols, String webhookUrl, String email) {
    profiles.update(userId, ProfileUpdate.of("Demo trader", email, "America/New_York"));
    Watchlist list =
        watchlists.lists(userId).stream()
            .filter(existing -> existing.name().equals(LIST))
            .findFirst()
            .orElseGet(() -> watchlists.create(userId, new WatchlistName(LIST)));
    for (String symbol : symbols.subList(0, Math.min(LIST_SIZE, symbols.size()))) {
      list = watchlists.addSymbol(userId, list.id(), new WatchlistSymbol(symbol));
    }
    notifications.updatePreferences(
        userId,
        new PreferencesRequest(
            EnumSet.allOf(DeliveryChannel.class),
            Optional.of(webhookUrl),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            0));
    String symbol = symbols.get(0);
    String name = symbol + " RSI crosses 50";
    rules.list(userId).stream()
        .filter(rule -> rule.name().equals(name))
        .forEach(rule -> rules.delete(userId, rule.id()));
    AlertRule rule =
        rules.create(
            userId,
            new RuleRequest(
                name,
                RuleTarget.symbol(symbol),
                ConditionKind.RSI_CROSS.parse(Map.of("level", 50, "direction", "above")),
                Interval.ONE_MINUTE,
                AlertRule.MAX_COOLDOWN,
                LocalTime.MIDNIGHT,
                LocalTime.MIDNIGHT,
                Optional.empty(),
                EnumSet.allOf(DeliveryChannel.class),
                RuleStatus.ACTIVE));
    return new Setup(list, rule, notifications.rotateWebhookSecret(userId));
  }
}
