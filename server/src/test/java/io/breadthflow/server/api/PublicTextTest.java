package io.breadthflow.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicTextTest {
  @Test
  void absolutePathsShrinkToTheirFileNames() {
    assertThat(PublicText.redacted("input not found: /home/ana/data/AAPL.csv"))
        .isEqualTo("input not found: AAPL.csv");
    assertThat(
            PublicText.redacted(
                "cannot open store: opening DuckDB at jdbc:duckdb:/srv/bf/x.duckdb"))
        .isEqualTo("cannot open store: opening DuckDB at jdbc:duckdb:x.duckdb");
    assertThat(PublicText.redacted("no .csv or .txt files in /tmp/in/"))
        .isEqualTo("no .csv or .txt files in in");
  }

  @Test
  void textWithoutPathsIsLeftAlone() {
    assertThat(PublicText.redacted("1 of 4 symbols failed")).isEqualTo("1 of 4 symbols failed");
    assertThat(PublicText.redacted("ratio 3/4 and A/D line")).isEqualTo("ratio 3/4 and A/D line");
    assertThat(PublicText.redacted(null)).isNull();
  }
}
