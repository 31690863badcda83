package io.breadthflow.core.adjust;

import io.breadthflow.core.domain.CorporateAction;
import io.breadthflow.core.domain.DailyPanel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Back-adjusts daily bars for splits and cash dividends, in place: the latest bar keeps its stored
 * prices and every earlier bar is multiplied by the product of the factors of the actions after it.
 *
 * <ul>
 *   <li>A split of ratio {@code r} (new shares per old, 4 for 4:1; 0.05 for a 1:20 reverse split)
 *       on ex-date {@code d} multiplies the open, high, low and close of every bar before {@code d}
 *       by {@code 1/r} and its volume by {@code r}.
 *   <li>A cash dividend {@code D} per share on ex-date {@code d} ({@link Adjustment#TOTAL_RETURN}
 *       only) multiplies the prices of every bar before {@code d} by {@code 1 - D / C}, where
 *       {@code C} is the stored close of the last bar before {@code d} (the CRSP and Yahoo "Adj
 *       Close" convention, also Lean's price factor: the adjusted return over the ex-date is {@code
 *       P / (C - D)}, which differs from the total return {@code (P + D) / C} by {@code D / (C -
 *       D)} times that return less one: 0.5 bp for a 0.5% dividend on a 1% day). Volumes are
 *       unchanged.
 * </ul>
 *
 * <p>Actions on one ex-date are applied together; a dividend paid on a split's ex-date is taken in
 * post-split shares ({@code C / r} in the formula). Actions after the last bar or on or before the
 * first have no bar to adjust. A split the stored bars do not show is not applied again: the ratio
 * of the last close before the ex-date to the first close on or after it must be nearer, in log
 * terms, to {@code r} than to 1 (a provider may deliver split-adjusted bars, as Yahoo's chart
 * quotes are, and a store may mix bars fetched before and after a split). A dividend with {@code D
 * >= C} is inconsistent with the prices and left out.
 *
 * <p>Cost: one pass over the sessions per symbol, no allocation per bar. Not thread-safe on one
 * panel; the arrays are modified.
 */
public final class PriceAdjuster {
  private static final Comparator<CorporateAction> BY_DATE =
      Comparator.comparing(CorporateAction::exDate);

  private PriceAdjuster() {}

  /**
   * Adjusts every symbol of {@code panel} with the actions {@code actionsOf} gives for it; returns
   * {@code panel}, whose arrays now hold the adjusted series.
   */
  public static DailyPanel adjust(
      DailyPanel panel, Function<String, List<CorporateAction>> actionsOf, Adjustment adjustment) {
    if (adjustment == Adjustment.RAW) {
      return panel;
    }
    for (int s = 0; s < panel.symbols().size(); s++) {
      adjust(
          panel.sessions(),
          panel.open()[s],
          panel.high()[s],
          panel.low()[s],
          panel.close()[s],
          panel.volume()[s],
          actionsOf.apply(panel.symbols().get(s)),
          adjustment);
    }
    return panel;
  }

  /**
   * Adjusts one symbol's series in place. The arrays are indexed like {@code sessions} (ascending);
   * {@code NaN} closes mark sessions without a bar.
   *
   * @param actions the symbol's splits and dividends, in any order
   */
  public static void adjust(
      LocalDate[] sessions,
      double[] open,
      double[] high,
      double[] low,
      double[] close,
      double[] volume,
      List<CorporateAction> actions,
      Adjustment adjustment) {
    if (adjustment == Adjustment.RAW || actions.isEmpty()) {
      return;
    }
    CorporateAction[] sorted = actions.toArray(new CorporateAction[0]);
    Arrays.sort(sorted, BY_DATE);
    boolean dividends = adjustment == Adjustment.TOTAL_RETURN;
    int next = sorted.length - 1;
    double priceFactor = 1;
    double volumeFactor = 1;
    double laterClose = Double.NaN;
    for (int t = sessions.length - 1; t >= 0; t--) {
      double stored = close[t];
      if (Double.isNaN(stored)) {
        continue;
      }
      while (next >= 0 && sorted[next].exDate().isAfter(sessions[t])) {
        LocalDate exDate = sorted[next].exDate();
        double ratio = 1;
        double cash = 0;
        for (; next >= 0 && sorted[next].exDate().equals(exDate); next--) {
          if (sorted[next].kind() == CorporateAction.Kind.SPLIT) {
            ratio *= sorted[next].amount();
          } else {
            cash += sorted[next].amount();
          }
        }
        if (Double.isNaN(laterClose)) {
          continue;
        }
        double shown = shows(stored / laterClose, ratio) ? ratio : 1;
        priceFactor /= shown;
        volumeFactor *= shown;
        double dividendFactor = 1 - cash * shown / stored;
        if (dividends && cash > 0 && dividendFactor > 0) {
          priceFactor *= dividendFactor;
        }
      }
      open[t] *= priceFactor;
      high[t] *= priceFactor;
      low[t] *= priceFactor;
      close[t] *= priceFactor;
      volume[t] *= volumeFactor;
      laterClose = stored;
    }
  }

  /**
   * True when a close-to-close {@code jump} is nearer, in log terms, to {@code ratio} than to 1.
   */
  private static boolean shows(double jump, double ratio) {
    double log = Math.log(jump);
    return Math.abs(log - Math.log(ratio)) < Math.abs(log);
  }
}
