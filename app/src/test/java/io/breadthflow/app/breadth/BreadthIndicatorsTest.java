package io.breadthflow.app.breadth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.breadth.BreadthRequest.Columns;
import io.breadthflow.core.breadth.BreadthRow;
import io.breadthflow.core.breadth.CatalogueRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BreadthIndicatorsTest {

  @Test
  void everyColumnButTheDateIsDescribedOnceInOutputOrder() {
    Set<String> columns = new LinkedHashSet<>(BreadthRow.COLUMNS);
    columns.addAll(CatalogueRow.COLUMNS);
    columns.remove("date");

    assertThat(BreadthIndicators.ALL.stream().map(BreadthIndicator::key))
        .containsExactlyElementsOf(columns);
  }

  @Test
  void theDefinitionsDocumentNamesEveryColumn() throws Exception {
    String analytics = Files.readString(Path.of("..", "docs", "ANALYTICS.md"));

    assertThat(BreadthIndicators.ALL)
        .allSatisfy(i -> assertThat(analytics).as(i.key()).contains("`" + i.key() + "`"));
  }

  @Test
  void todaysColumnsAreStandardAndTheRestNeedTheCatalogue() {
    for (BreadthIndicator indicator : BreadthIndicators.ALL) {
      assertThat(indicator.columns())
          .as(indicator.key())
          .isEqualTo(BreadthRow.COLUMNS.contains(indicator.key()) ? Columns.STANDARD : Columns.ALL);
      assertThat(List.of(indicator.name(), indicator.definition(), indicator.source()))
          .as(indicator.key())
          .allSatisfy(text -> assertThat(text).isNotBlank());
    }
  }

  @Test
  void eventColumnsAreTheOnesWhoseValuesAreNotNumbers() {
    List<String> events = new ArrayList<>();
    BreadthIndicators.ALL.stream()
        .filter(i -> i.kind() == BreadthIndicator.Kind.EVENT)
        .forEach(i -> events.add(i.key()));

    assertThat(events)
        .containsExactly("zbt_thrust", "hindenburg", "whaley_thrust", "ninety_percent_day");
  }

  @Test
  void selectionKeepsTheGivenOrderIgnoresCaseAndDropsRepeats() {
    List<BreadthIndicator> chosen = BreadthIndicators.select(List.of(" STIX", "ad_line", "stix"));

    assertThat(chosen.stream().map(BreadthIndicator::key)).containsExactly("stix", "ad_line");
  }

  @Test
  void anUnknownOrMissingIndicatorIsAnInvalidRequest() {
    assertThatThrownBy(() -> BreadthIndicators.select(List.of("ad_line", "rsi")))
        .isInstanceOf(UseCaseException.class)
        .hasMessageContaining("unknown breadth indicator 'rsi'");
    assertThatThrownBy(() -> BreadthIndicators.select(List.of()))
        .isInstanceOf(UseCaseException.class)
        .hasMessageContaining("at least one");
  }
}
