package io.breadthflow.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.breadthflow.core.domain.CorporateAction;
import io.breadthflow.core.domain.CorporateAction.Kind;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeanFactorFileTest {
  private static List<CorporateAction> parse(String text) throws Exception {
    return LeanFactorFile.parse("XYZ", new BufferedReader(new StringReader(text)));
  }

  @Test
  void aSplitFactorStepIsASplitOnTheNextSessionSnappedToItsFraction() throws Exception {
    // Friday 2014-06-06: 0.0357143 -> 0.25 is 7:1 from Monday 2014-06-09.
    List<CorporateAction> actions =
        parse(
            "Date,PriceFactor,SplitFactor,ReferencePrice\n"
                + "2014-06-06,1,0.0357143,645.57\n"
                + "2050-12-31,1,0.25,0\n");

    assertThat(actions)
        .containsExactly(new CorporateAction("XYZ", LocalDate.of(2014, 6, 9), Kind.SPLIT, 7));
  }

  @Test
  void aPriceFactorStepIsTheDividendThatMakesIt() throws Exception {
    // Worked by hand: 0.98 / 1 = 1 - D / 50, so D = 1.00, ex-date the next session.
    List<CorporateAction> actions =
        parse(
            "Date,PriceFactor,SplitFactor,ReferencePrice\n"
                + "2019-12-24,0.98,1,50\n"
                + "2050-12-31,1,1,0\n");

    assertThat(actions).hasSize(1);
    CorporateAction dividend = actions.get(0);
    assertThat(dividend.kind()).isEqualTo(Kind.DIVIDEND);
    assertThat(dividend.exDate()).isEqualTo(LocalDate.of(2019, 12, 26));
    assertThat(dividend.amount()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void aDividendOnASplitDayIsInPostSplitShares() throws Exception {
    List<CorporateAction> actions =
        parse(
            "Date,PriceFactor,SplitFactor,ReferencePrice\n"
                + "2020-08-28,0.99,0.5,100\n"
                + "2050-12-31,1,1,0\n");

    assertThat(actions)
        .extracting(CorporateAction::kind)
        .containsExactly(Kind.SPLIT, Kind.DIVIDEND);
    assertThat(actions.get(0).amount()).isEqualTo(2);
    assertThat(actions.get(1).amount()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void malformedFilesAreRefusedNamingTheLine() {
    assertThatThrownBy(() -> parse("Date,Open,High,Low,Close,Volume\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining("Date,PriceFactor,SplitFactor,ReferencePrice");
    String header = "Date,PriceFactor,SplitFactor,ReferencePrice\n";
    assertThatThrownBy(() -> parse(header + "2020-01-02,0,1,5\n"))
        .hasMessage("line 2: factors must be positive");
    assertThatThrownBy(() -> parse(header + "2020-01-02,NaN,1,5\n"))
        .hasMessage("line 2: factors must be positive");
    assertThatThrownBy(() -> parse(header + "2020-01-02,x,1,5\n"))
        .hasMessage("line 2: malformed date or number");
    assertThatThrownBy(() -> parse(header + "2020-01-03,1,1,5\n2020-01-02,1,1,5\n"))
        .hasMessage("line 3: dates must ascend");
  }

  @Test
  void factorFilesAreKnownByTheirNameAndGiveTheSymbol() {
    assertThat(LeanFactorFile.isFactorFile(Path.of("data/aapl_factors.csv"))).isTrue();
    assertThat(LeanFactorFile.isFactorFile(Path.of("data/AAPL.csv"))).isFalse();
    assertThat(LeanFactorFile.symbolOf(Path.of("data/brk.b_factors.csv"))).isEqualTo("BRK.B");
  }
}
