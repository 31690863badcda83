package io.breadthflow.core.forecast.arima;

import io.breadthflow.core.forecast.ForecastException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order searches of Hyndman &amp; Khandakar (2008) as {@code forecast::auto.arima} 8.20 runs
 * them for non-seasonal data: the stepwise search from its starting models through the neighbours
 * of the best model so far, and the exhaustive search of {@code search.arima}; each refits its
 * winner by CSS-ML when it searched with the CSS approximation.
 *
 * @param <M> the fitted model's type
 */
final class OrderSearch<M> {

  /** The stepwise moves of p and q, in the order R tries them. */
  private static final int[][] MOVES = {
    {-1, 0}, {0, -1}, {1, 0}, {0, 1}, {-1, -1}, {-1, 1}, {1, -1}, {1, 1}
  };

  private final CandidateFitter<M> fitter;
  private final SearchPlan plan;
  private final List<CandidateScore> tried = new ArrayList<>();

  OrderSearch(CandidateFitter<M> fitter, SearchPlan plan) {
    this.fitter = fitter;
    this.plan = plan;
  }

  /** Every fit so far, in order. */
  List<CandidateScore> tried() {
    return List.copyOf(tried);
  }

  private Candidate<M> fit(ArimaSpec spec, FitMethod method) {
    Candidate<M> candidate = fitter.fit(spec, method);
    tried.add(new CandidateScore(spec, method, candidate.criterion()));
    return candidate;
  }

  /**
   * The stepwise search.
   *
   * @throws ForecastException when no model is acceptable
   */
  Candidate<M> stepwise() {
    List<Candidate<M>> results = new ArrayList<>();
    FitMethod method = plan.searchMethod();
    Constant allowed = plan.constant();
    int p = plan.startP();
    int q = plan.startQ();
    Constant constant = allowed;

    Candidate<M> best = fit(plan.spec(p, q, constant), method);
    results.add(best);
    Candidate<M> next = fit(plan.spec(0, 0, constant), method);
    results.add(next);
    if (next.criterion() < best.criterion()) {
      best = next;
      p = 0;
      q = 0;
    }
    if (plan.maxP() > 0) {
      next = fit(plan.spec(1, 0, constant), method);
      results.add(next);
      if (next.criterion() < best.criterion()) {
        best = next;
        p = 1;
        q = 0;
      }
    }
    if (plan.maxQ() > 0) {
      next = fit(plan.spec(0, 1, constant), method);
      results.add(next);
      if (next.criterion() < best.criterion()) {
        best = next;
        p = 0;
        q = 1;
      }
    }
    if (allowed == Constant.INCLUDED) {
      next = fit(plan.spec(0, 0, Constant.NONE), method);
      results.add(next);
      if (next.criterion() < best.criterion()) {
        best = next;
        p = 0;
        q = 0;
      }
    }

    boolean moved = true;
    search:
    while (moved && results.size() < plan.maxModels()) {
      moved = false;
      for (int[] move : MOVES) {
        int np = p + move[0];
        int nq = q + move[1];
        if (np < 0 || nq < 0 || np > plan.maxP() || nq > plan.maxQ()) {
          continue;
        }
        ArimaSpec spec = plan.spec(np, nq, constant);
        if (seen(results, spec)) {
          continue;
        }
        if (results.size() >= plan.maxModels()) {
          break search;
        }
        next = fit(spec, method);
        results.add(next);
        moved = true;
        if (next.criterion() < best.criterion()) {
          best = next;
          p = np;
          q = nq;
          continue search;
        }
      }
      if (allowed == Constant.INCLUDED) {
        Constant toggled = constant == Constant.INCLUDED ? Constant.NONE : Constant.INCLUDED;
        ArimaSpec spec = plan.spec(p, q, toggled);
        if (!seen(results, spec)) {
          if (results.size() >= plan.maxModels()) {
            break;
          }
          next = fit(spec, method);
          results.add(next);
          moved = true;
          if (next.criterion() < best.criterion()) {
            best = next;
            constant = toggled;
          }
        }
      }
    }

    if (plan.approximated() && best.model().isPresent()) {
      best = refitInCriterionOrder(results);
    }
    if (!best.acceptable()) {
      throw new ForecastException("No suitable ARIMA model found");
    }
    return best;
  }

  private static boolean seen(List<? extends Candidate<?>> results, ArimaSpec spec) {
    return results.stream().anyMatch(c -> c.spec().equals(spec));
  }

  /**
   * R's final step after an approximated stepwise search: refit the models by CSS-ML from the best
   * approximate criterion up (ties in the order tried) and keep the first acceptable one.
   */
  private Candidate<M> refitInCriterionOrder(List<Candidate<M>> results) {
    List<Candidate<M>> order = new ArrayList<>(results);
    order.sort(Comparator.comparingDouble(Candidate::criterion));
    Candidate<M> refit = null;
    for (Candidate<M> candidate : order) {
      refit = fit(candidate.spec(), FitMethod.CSS_ML);
      if (refit.acceptable()) {
        return refit;
      }
    }
    return refit;
  }

  /**
   * The exhaustive search over every p ≤ maxP, q ≤ maxQ with p + q ≤ maxOrder, without and with the
   * constant when it is allowed; the first of equal criteria wins.
   *
   * @throws ForecastException when no model is acceptable
   */
  Candidate<M> exhaustive() {
    Candidate<M> best = bestOfAll(plan.searchMethod());
    if (best == null) {
      throw new ForecastException("No ARIMA model could be estimated");
    }
    if (plan.approximated()) {
      Candidate<M> refit = fit(best.spec(), FitMethod.CSS_ML);
      if (refit.acceptable()) {
        return refit;
      }
      best = bestOfAll(FitMethod.CSS_ML);
      if (best == null) {
        throw new ForecastException("No ARIMA model could be estimated");
      }
    }
    return best;
  }

  private Candidate<M> bestOfAll(FitMethod method) {
    Candidate<M> best = null;
    double bestCriterion = Double.POSITIVE_INFINITY;
    int constants = plan.constant() == Constant.INCLUDED ? 2 : 1;
    for (int p = 0; p <= plan.maxP(); p++) {
      for (int q = 0; q <= plan.maxQ(); q++) {
        if (p + q > plan.maxOrder()) {
          continue;
        }
        for (int k = 0; k < constants; k++) {
          Candidate<M> next =
              fit(plan.spec(p, q, k == 0 ? Constant.NONE : Constant.INCLUDED), method);
          if (next.criterion() < bestCriterion) {
            bestCriterion = next.criterion();
            best = next;
          }
        }
      }
    }
    return best;
  }
}
