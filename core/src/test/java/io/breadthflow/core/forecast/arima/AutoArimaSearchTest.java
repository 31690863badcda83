package io.breadthflow.core.forecast.arima;

import static io.breadthflow.core.forecast.arima.Constant.INCLUDED;
import static io.breadthflow.core.forecast.arima.Constant.NONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.core.forecast.ForecastException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The search logic of auto.arima against a table of criterion values (no fitting). */
class AutoArimaSearchTest {

  /** A fitter that reads each model's criterion from a table (default 1000) and records calls. */
  private static final class TableFitter implements CandidateFitter<String> {
    private final Map<String, Double> criteria = new HashMap<>();
    private final int d;

    TableFitter(int d) {
      this.d = d;
    }

    /** Sets the criterion of (p,d,q) with or without the constant, for {@code method}. */
    TableFitter set(FitMethod method, int p, int q, Constant constant, double criterion) {
      criteria.put(key(method, new ArimaSpec(new ArimaOrder(p, d, q), constant)), criterion);
      return this;
    }

    TableFitter set(int p, int q, Constant constant, double criterion) {
      return set(FitMethod.CSS_ML, p, q, constant, criterion);
    }

    private static String key(FitMethod method, ArimaSpec spec) {
      return method + " " + spec.description();
    }

    @Override
    public Candidate<String> fit(ArimaSpec spec, FitMethod method) {
      double criterion = criteria.getOrDefault(key(method, spec), 1000.0);
      return new Candidate<>(spec, criterion, Optional.of(key(method, spec)));
    }
  }

  private static SearchPlan plan(int d, Constant constant, int maxModels, FitMethod method) {
    return new SearchPlan(d, 5, 5, 5, constant, 2, 2, maxModels, method);
  }

  private static List<String> visited(OrderSearch<String> search) {
    return search.tried().stream()
        .map(
            s -> {
              ArimaOrder o = s.spec().order();
              String order = "(" + o.p() + "," + o.d() + "," + o.q() + ")";
              return order + (s.spec().constant() == INCLUDED ? "c" : "");
            })
        .toList();
  }

  @Test
  void stepwiseVisitsTheStartingModelsThenTheNeighboursOfEachImprovementInRsOrder() {
    TableFitter fitter =
        new TableFitter(1)
            .set(2, 2, INCLUDED, 100)
            .set(0, 0, INCLUDED, 110)
            .set(1, 0, INCLUDED, 105)
            .set(0, 1, INCLUDED, 104)
            .set(0, 0, NONE, 111)
            .set(1, 2, INCLUDED, 99)
            .set(0, 2, INCLUDED, 101)
            .set(1, 1, INCLUDED, 98)
            .set(2, 1, INCLUDED, 97)
            .set(2, 1, NONE, 96);
    OrderSearch<String> search = new OrderSearch<>(fitter, plan(1, INCLUDED, 94, FitMethod.CSS_ML));

    Candidate<String> best = search.stepwise();

    assertThat(best.spec().description()).isEqualTo("ARIMA(2,1,1)");
    assertThat(best.criterion()).isEqualTo(96);
    assertThat(visited(search))
        .containsExactly(
            "(2,1,2)c",
            "(0,1,0)c",
            "(1,1,0)c",
            "(0,1,1)c",
            "(0,1,0)",
            // from (2,1,2)c: p-1 improves
            "(1,1,2)c",
            // from (1,1,2)c: p-1 does not, q-1 improves
            "(0,1,2)c",
            "(1,1,1)c",
            // from (1,1,1)c: p-1, q-1 seen; p+1 improves
            "(2,1,1)c",
            // from (2,1,1)c: no move improves, then the constant is dropped
            "(2,1,0)c",
            "(3,1,1)c",
            "(3,1,0)c",
            "(3,1,2)c",
            "(2,1,1)",
            // from (2,1,1) without drift: every neighbour once, none improves
            "(1,1,1)",
            "(2,1,0)",
            "(3,1,1)",
            "(2,1,2)",
            "(1,1,0)",
            "(1,1,2)",
            "(3,1,0)",
            "(3,1,2)");
  }

  @Test
  void stepwiseStopsAtTheModelLimit() {
    TableFitter fitter = new TableFitter(1);
    for (int p = 0; p <= 5; p++) {
      for (int q = 0; q <= 5; q++) {
        fitter.set(p, q, INCLUDED, 500 - 10 * p - q);
        fitter.set(p, q, NONE, 600);
      }
    }
    OrderSearch<String> search = new OrderSearch<>(fitter, plan(1, INCLUDED, 8, FitMethod.CSS_ML));

    Candidate<String> best = search.stepwise();

    assertThat(search.tried()).hasSize(8);
    assertThat(best.spec().order()).isEqualTo(new ArimaOrder(3, 1, 2));
  }

  @Test
  void stepwiseIgnoresMaxOrderAsRDoes() {
    TableFitter fitter = new TableFitter(0);
    for (int p = 0; p <= 5; p++) {
      for (int q = 0; q <= 5; q++) {
        fitter.set(p, q, NONE, 500 - p - q);
      }
    }
    SearchPlan narrow = new SearchPlan(0, 5, 5, 2, NONE, 2, 2, 94, FitMethod.CSS_ML);

    Candidate<String> best = new OrderSearch<>(fitter, narrow).stepwise();

    assertThat(best.spec().order()).isEqualTo(new ArimaOrder(5, 0, 5));
  }

  @Test
  void stepwiseWithoutAllowedConstantNeverTriesOne() {
    TableFitter fitter = new TableFitter(2).set(0, 1, NONE, 10);
    OrderSearch<String> search = new OrderSearch<>(fitter, plan(2, NONE, 94, FitMethod.CSS_ML));

    assertThat(search.stepwise().spec().description()).isEqualTo("ARIMA(0,2,1)");
    assertThat(search.tried()).allMatch(s -> s.spec().constant() == NONE);
    assertThat(visited(search)).startsWith("(2,2,2)", "(0,2,0)", "(1,2,0)", "(0,2,1)", "(1,2,1)");
  }

  @Test
  void stepwiseSkipsTheArStartWhenMaxPIsZero() {
    TableFitter fitter = new TableFitter(0);
    SearchPlan noAr = new SearchPlan(0, 0, 5, 5, INCLUDED, 0, 2, 94, FitMethod.CSS_ML);
    OrderSearch<String> search = new OrderSearch<>(fitter, noAr);

    search.stepwise();

    assertThat(visited(search)).startsWith("(0,0,2)c", "(0,0,0)c", "(0,0,1)c", "(0,0,0)");
    assertThat(search.tried()).allMatch(s -> s.spec().order().p() == 0);
  }

  @Test
  void approximatedStepwiseRefitsInCriterionOrderAndFallsBackWhenTheBestRefitIsRejected() {
    TableFitter fitter =
        new TableFitter(1)
            .set(FitMethod.CSS, 1, 1, INCLUDED, 50)
            .set(FitMethod.CSS, 0, 1, INCLUDED, 60)
            .set(FitMethod.CSS, 1, 0, NONE, 60)
            .set(FitMethod.CSS_ML, 1, 1, INCLUDED, Double.POSITIVE_INFINITY)
            .set(FitMethod.CSS_ML, 0, 1, INCLUDED, 70);
    OrderSearch<String> search = new OrderSearch<>(fitter, plan(1, INCLUDED, 94, FitMethod.CSS));

    Candidate<String> best = search.stepwise();

    assertThat(best.spec().description()).isEqualTo("ARIMA(0,1,1) with drift");
    assertThat(best.model()).contains("CSS_ML ARIMA(0,1,1) with drift");
    List<CandidateScore> refits =
        search.tried().stream().filter(s -> s.method() == FitMethod.CSS_ML).toList();
    assertThat(refits)
        .extracting(s -> s.spec().description())
        .containsExactly("ARIMA(1,1,1) with drift", "ARIMA(0,1,1) with drift");
  }

  @Test
  void stepwiseRefusesWhenEveryModelIsRejected() {
    CandidateFitter<String> rejecting =
        (spec, method) -> new Candidate<>(spec, Double.POSITIVE_INFINITY, Optional.of("x"));
    OrderSearch<String> search = new OrderSearch<>(rejecting, plan(1, INCLUDED, 94, FitMethod.CSS));

    assertThatThrownBy(search::stepwise)
        .isInstanceOf(ForecastException.class)
        .hasMessageContaining("No suitable ARIMA model");
  }

  @Test
  void exhaustiveTriesEveryOrderWithinMaxOrderWithAndWithoutConstantAndKeepsTheFirstOfTies() {
    TableFitter fitter =
        new TableFitter(0).set(1, 2, NONE, 5).set(1, 2, INCLUDED, 5).set(3, 2, INCLUDED, 5);
    OrderSearch<String> search = new OrderSearch<>(fitter, plan(0, INCLUDED, 94, FitMethod.CSS_ML));

    Candidate<String> best = search.exhaustive();

    assertThat(best.spec().description()).isEqualTo("ARIMA(1,0,2) with zero mean");
    assertThat(search.tried()).hasSize(2 * 21);
    assertThat(search.tried()).allMatch(s -> s.spec().order().p() + s.spec().order().q() <= 5);
  }

  @Test
  void approximatedExhaustiveSearchesAgainExactlyWhenTheWinnerFailsItsRefit() {
    TableFitter fitter =
        new TableFitter(1)
            .set(FitMethod.CSS, 2, 2, INCLUDED, 1)
            .set(FitMethod.CSS_ML, 2, 2, INCLUDED, Double.POSITIVE_INFINITY)
            .set(FitMethod.CSS_ML, 0, 3, NONE, 7);
    OrderSearch<String> search = new OrderSearch<>(fitter, plan(1, INCLUDED, 94, FitMethod.CSS));

    Candidate<String> best = search.exhaustive();

    assertThat(best.spec().description()).isEqualTo("ARIMA(0,1,3)");
    assertThat(search.tried()).hasSize(42 + 1 + 42);
  }
}
