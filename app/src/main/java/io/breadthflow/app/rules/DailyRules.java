package io.breadthflow.app.rules;

import io.breadthflow.core.breadth.BreadthEngine;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.calendar.NyseCalendar;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.core.domain.DailyPanel;
import io.breadthflow.core.domain.Interval;
import io.breadthflow.core.rule.IndexedRule;
import io.breadthflow.core.rule.Observation;
import io.breadthflow.core.rule.ResolvedRule;
import io.breadthflow.core.rule.RuleEvaluator;
import io.breadthflow.core.rule.RuleFiring;
import io.breadthflow.core.rule.RuleIndex;
import io.breadthflow.core.rule.RuleInput;
import io.breadthflow.core.rule.RuleStates;
import io.breadthflow.core.signal.Signal;
import io.breadthflow.core.signal.SignalEngine;
import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.stream.market.IndicatorRow;
import io.breadthflow.stream.market.SymbolIndicators;
import io.breadthflow.stream.rule.BarRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The users' daily ({@code 1d}) rules on a stored daily history, as the streaming job evaluates
 * them on the same history replayed: every bar of every symbol with the job's indicators, the
 * composite signals and the breadth of every session, through the same {@link RuleEvaluator}, so
 * both fire at the same bars. The whole panel is evaluated (so crossings on the first session asked
 * for are judged against the session before, and cooldowns run as in the job); firings are kept for
 * the sessions from {@code from} to {@code to}. Rules on the pipeline's own alerts fire in the
 * streaming job only.
 */
public final class DailyRules {
  private DailyRules() {}

  /**
   * The firings of the daily rules among {@code rules} on {@code panel}'s sessions from {@code
   * from} to {@code to}, ordered by bar, rule and symbol.
   *
   * @param weights the composite-signal weights the signals are computed with
   */
  public static List<RuleFiring> evaluate(
      List<ResolvedRule> rules,
      DailyPanel panel,
      LocalDate from,
      LocalDate to,
      SignalWeights weights) {
    List<ResolvedRule> daily =
        rules.stream().filter(r -> r.rule().interval() == Interval.ONE_DAY).toList();
    RuleIndex index = new RuleIndex(daily);
    List<RuleFiring> fired = new ArrayList<>();
    if (index.size() == 0 || panel.sessions().length == 0) {
      return fired;
    }
    Observation observation = new Observation();
    bars(index, panel, observation, fired);
    if (has(daily, RuleInput.SIGNAL)) {
      signals(index, panel, weights, observation, fired);
    }
    if (has(daily, RuleInput.BREADTH)) {
      breadth(index, panel, observation, fired);
    }
    return fired.stream()
        .filter(
            f -> {
              LocalDate session = NyseCalendar.sessionDateOf(f.barTime());
              return !session.isBefore(from) && !session.isAfter(to);
            })
        .sorted(
            Comparator.comparing(RuleFiring::barTime)
                .thenComparingLong(RuleFiring::ruleId)
                .thenComparing(RuleFiring::symbol))
        .toList();
  }

  private static boolean has(List<ResolvedRule> rules, RuleInput input) {
    return rules.stream().anyMatch(r -> r.rule().condition().input() == input);
  }

  private static void bars(
      RuleIndex index, DailyPanel panel, Observation observation, List<RuleFiring> fired) {
    LocalDate[] sessions = panel.sessions();
    for (int s = 0; s < panel.symbols().size(); s++) {
      String symbol = panel.symbols().get(s);
      IndexedRule[] rules = index.rulesFor(RuleInput.BAR, Interval.ONE_DAY, symbol);
      if (rules.length == 0) {
        continue;
      }
      SymbolIndicators indicators = new SymbolIndicators();
      RuleStates states = new RuleStates();
      for (int t = 0; t < sessions.length; t++) {
        if (!panel.has(s, t)) {
          continue;
        }
        Bar bar =
            Bar.daily(
                symbol,
                sessions[t],
                panel.open()[s][t],
                panel.high()[s][t],
                panel.low()[s][t],
                panel.close()[s][t],
                panel.volume()[s][t]);
        IndicatorRow row = indicators.update(bar);
        BarRules.fill(bar, row.values(), row.sma50(), row.sma200(), observation);
        RuleEvaluator.evaluate(rules, states, observation, fired);
      }
    }
  }

  private static void signals(
      RuleIndex index,
      DailyPanel panel,
      SignalWeights weights,
      Observation observation,
      List<RuleFiring> fired) {
    Map<String, RuleStates> states = new HashMap<>();
    for (Signal signal : SignalEngine.compute(panel, panel.sessions()[0], weights)) {
      IndexedRule[] rules = index.rulesFor(RuleInput.SIGNAL, Interval.ONE_DAY, signal.symbol());
      if (rules.length == 0) {
        continue;
      }
      observation.signal(
          signal.symbol(),
          Interval.ONE_DAY,
          NyseCalendar.regularOpen(signal.date()),
          signal.action(),
          signal.confidence());
      RuleEvaluator.evaluate(
          rules,
          states.computeIfAbsent(signal.symbol(), k -> new RuleStates()),
          observation,
          fired);
    }
  }

  private static void breadth(
      RuleIndex index, DailyPanel panel, Observation observation, List<RuleFiring> fired) {
    IndexedRule[] rules = index.rulesFor(RuleInput.BREADTH, Interval.ONE_DAY, "");
    RuleStates states = new RuleStates();
    for (BreadthRow row :
        BreadthEngine.compute(
            panel.sessions(), panel.close(), panel.volume(), panel.sessions()[0])) {
      observation.breadth(Interval.ONE_DAY, NyseCalendar.regularOpen(row.date()), row);
      RuleEvaluator.evaluate(rules, states, observation, fired);
    }
  }
}
