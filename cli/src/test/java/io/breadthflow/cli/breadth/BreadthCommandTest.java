package io.breadthflow.cli.breadth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breadthflow.cli.ExitCodes;
import io.breadthflow.cli.support.CliRun;
import io.breadthflow.core.domain.Bar;
import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.StoreConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BreadthCommandTest {
  private static final String HEADER =
      "date,advancers,decliners,unchanged,net_advances,ad_line,ad_ratio,up_volume,down_volume,"
          + "trin,mcclellan_osc,mcclellan_sum,pct_above_sma50,pct_above_sma200,new_highs_52w,"
          + "new_lows_52w,zbt_ema10,zbt_thrust,warm";
  private static final String WARM_LATER =
      "mcclellan_osc pct_above_sma50 pct_above_sma200 new_highs_52w new_lows_52w zbt_ema10"
          + " zbt_thrust";
  private static final String WARM_FIRST =
      "advancers decliners unchanged net_advances ad_ratio up_volume down_volume trin "
          + WARM_LATER;

  @TempDir Path dir;
  private String store;

  @BeforeEach
  void storeWithThreeStocks() {
    store = "jdbc:duckdb:" + dir.resolve("test.duckdb");
    try (MarketStore opened = MarketStores.open(new StoreConfig(store, "", ""))) {
      opened.upsertBars(
          List.of(
              bar("AAPL", "2024-01-02", 10, 100),
              bar("AAPL", "2024-01-03", 11, 100),
              bar("AAPL", "2024-01-04", 12, 100),
              bar("XOM", "2024-01-02", 20, 300),
              bar("XOM", "2024-01-03", 19, 300),
              bar("XOM", "2024-01-04", 19, 300),
              bar("MSFT", "2024-01-02", 30, 50),
              bar("MSFT", "2024-01-03", 31, 50),
              bar("MSFT", "2024-01-04", 30, 50)));
    }
  }

  @Test
  void csvHasTheDocumentedHeaderAndOneRowPerSession() {
    CliRun run =
        CliRun.of(
            "breadth",
            "--symbols",
            "AAPL,XOM,MSFT",
            "--start-date",
            "2024-01-02",
            "--end-date",
            "2024-01-04",
            "--format",
            "csv",
            "--store",
            store);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines())
        .containsExactly(
            HEADER,
            "2024-01-02,0,0,0,0,0,,0,0,,,,,,0,0,,false," + WARM_FIRST,
            "2024-01-03,2,1,0,1,1,2,150,300,4,,,,,0,0,,false," + WARM_LATER,
            "2024-01-04,1,1,1,0,1,1,100,50,0.5,,,,,0,0,,false," + WARM_LATER);
  }

  @Test
  void allIndicatorsAddEveryCatalogueColumnInCsvJsonAndTable() throws Exception {
    String[] args = {
      "breadth",
      "--symbols",
      "AAPL,XOM,MSFT",
      "--start-date",
      "2024-01-02",
      "--end-date",
      "2024-01-04",
      "--indicators",
      "all",
      "--store",
      store,
      "--format"
    };
    CliRun csv = CliRun.of(append(args, "csv"));
    CliRun json = CliRun.of(append(args, "json"));
    CliRun table = CliRun.of(append(args, "table"));

    assertThat(csv.exitCode()).as(csv.err()).isZero();
    List<String> lines = csv.out().lines().toList();
    String catalogue =
        "ad_percent,ad_volume_line,ad_volume_percent,rana,ra_mcclellan_osc,ra_mcclellan_sum,"
            + "record_high_percent,high_low_index,highs_lows_line,pct_above_ema20,"
            + "pct_golden_cross,stix,abi,abi_sma10,trin_open10,hindenburg,whaley_ratio5,"
            + "whaley_thrust,ninety_percent_day,bullish_percent";
    assertThat(lines.get(0)).isEqualTo(HEADER.replace(",warm", "") + "," + catalogue + ",warm");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(2).split(",", -1)).hasSize(lines.get(0).split(",").length);
    assertThat(lines.get(2)).startsWith("2024-01-03,2,1,0,1,1,2,150,300,4,,,,,0,0,,false,33.33");
    JsonNode row = new ObjectMapper().readTree(json.out()).get("rows").get(1);
    assertThat(row.get("ad_percent").asDouble())
        .isCloseTo(100.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(row.get("rana").asDouble())
        .isCloseTo(1000.0 / 3, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(row.get("hindenburg").asText()).isEqualTo("none");
    assertThat(row.get("ad_volume_line").asDouble()).isEqualTo(-150);
    assertThat(table.out())
        .contains("ra_mcclellan_sum  record_high_percent")
        .contains("2024-01-04");
  }

  private static String[] append(String[] args, String last) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = last;
    return all;
  }

  @Test
  void laterStartDateWarmsUpOnEarlierHistoryAndStartsTheAdLineThere() {
    CliRun run =
        CliRun.of(
            "breadth",
            "--symbols",
            "AAPL,XOM,MSFT",
            "--start-date",
            "2024-01-04",
            "--end-date",
            "2024-01-04",
            "--format",
            "csv",
            "--store",
            store);

    assertThat(run.out().lines())
        .containsExactly(HEADER, "2024-01-04,1,1,1,0,0,1,100,50,0.5,,,,,0,0,,false," + WARM_LATER);
  }

  @Test
  void bySectorGroupsTheUniverseBySp100Sectors() throws Exception {
    CliRun run =
        CliRun.of(
            "breadth",
            "--symbols",
            "AAPL,XOM,MSFT",
            "--start-date",
            "2024-01-02",
            "--end-date",
            "2024-01-04",
            "--format",
            "json",
            "--by-sector",
            "--store",
            store);

    JsonNode sectors = new ObjectMapper().readTree(run.out()).get("sectors");
    assertThat(sectors.fieldNames())
        .toIterable()
        .containsExactly("Energy", "Information Technology");
    JsonNode tech = sectors.get("Information Technology").get(2);
    assertThat(tech.get("advancers").asInt()).isEqualTo(1);
    assertThat(tech.get("decliners").asInt()).isEqualTo(1);
    assertThat(tech.get("trin").isNull()).isFalse();
    assertThat(tech.get("mcclellan_osc").isNull()).isTrue();
  }

  @Test
  void tableNamesSymbolsWithoutStoredBars() {
    CliRun run =
        CliRun.of(
            "breadth",
            "--symbols",
            "AAPL,XOM,NVDA",
            "--start-date",
            "2024-01-02",
            "--end-date",
            "2024-01-04",
            "--store",
            store);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("note: 1 of 3 symbols have no stored bars: NVDA");
    assertThat(run.out().lines()).hasSize(5).first().asString().startsWith("date");
    assertThat(run.out().lines().skip(1).limit(3)).allMatch(line -> line.endsWith("~"));
    assertThat(run.out().lines().toList().get(4))
        .isEqualTo(
            "~ warm-up, values still depend on where the stored history starts: advancers"
                + " until 2024-01-03, decliners until 2024-01-03, unchanged until 2024-01-03,"
                + " net_advances until 2024-01-03, ad_ratio until 2024-01-03, up_volume until"
                + " 2024-01-03, down_volume until 2024-01-03, trin until 2024-01-03,"
                + " mcclellan_osc throughout, pct_above_sma50 throughout, pct_above_sma200"
                + " throughout, new_highs_52w throughout, new_lows_52w throughout, zbt_ema10"
                + " throughout, zbt_thrust throughout; running sums from the start date: ad_line,"
                + " mcclellan_sum");
  }

  @Test
  void jsonNamesEachColumnsFirstStableSession() throws Exception {
    CliRun run =
        CliRun.of(
            "breadth",
            "--symbols",
            "AAPL,XOM,MSFT",
            "--start-date",
            "2024-01-02",
            "--end-date",
            "2024-01-04",
            "--format",
            "json",
            "--store",
            store);

    JsonNode root = new ObjectMapper().readTree(run.out());
    assertThat(root.at("/stable_from/advancers").asText()).isEqualTo("2024-01-03");
    assertThat(root.at("/stable_from/mcclellan_osc").isNull()).isTrue();
    assertThat(root.at("/stable_from/ad_line").isNull()).isTrue();
    assertThat(root.get("cumulative").toString()).isEqualTo("[\"ad_line\",\"mcclellan_sum\"]");
    assertThat(root.get("tolerance").asDouble()).isEqualTo(1e-6);
  }

  @Test
  void rangeWithoutStoredBarsFailsWithAClearMessage() {
    CliRun run =
        CliRun.of(
            "breadth",
            "--symbol-list",
            "demo_small",
            "--start-date",
            "2025-01-02",
            "--end-date",
            "2025-02-01",
            "--store",
            store);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err().strip())
        .isEqualTo(
            "bf: no stored daily bars for demo_small between 2025-01-02 and 2025-02-01; load them"
                + " first with 'bf data import' or 'bf data fetch'");
  }

  @Test
  void badSelectionsAndRangesAreUsageErrors() {
    assertThat(
            CliRun.of(
                    "breadth",
                    "--start-date",
                    "2024-01-02",
                    "--end-date",
                    "2024-01-04",
                    "--store",
                    store)
                .err())
        .contains("give either symbols or a symbol list");
    CliRun reversed =
        CliRun.of(
            "breadth",
            "--symbols",
            "AAPL",
            "--start-date",
            "2024-01-04",
            "--end-date",
            "2024-01-02",
            "--store",
            store);
    assertThat(reversed.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(reversed.err()).contains("end date 2024-01-02 is before start date 2024-01-04");
    CliRun unknown =
        CliRun.of(
            "breadth",
            "--symbol-list",
            "nope",
            "--start-date",
            "2024-01-02",
            "--end-date",
            "2024-01-04",
            "--store",
            store);
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("no universe 'nope'");
    CliRun badDate =
        CliRun.of(
            "breadth",
            "--symbols",
            "AAPL",
            "--start-date",
            "2024-13-02",
            "--end-date",
            "2024-01-02",
            "--store",
            store);
    assertThat(badDate.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(badDate.err().lines()).hasSize(1);
  }

  private static Bar bar(String symbol, String date, double close, double volume) {
    return Bar.daily(symbol, LocalDate.parse(date), close, close, close, close, volume);
  }
}
