package io.breadthflow.app.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.breadthflow.app.Application;
import io.breadthflow.app.config.Configuration;
import io.breadthflow.app.run.Progress;
import io.breadthflow.app.run.RunRecorder;
import io.breadthflow.core.live.PipelineCounters;
import io.breadthflow.stream.source.Pacing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.MDC;

class StreamRunLogContextTest {
  @TempDir Path dir;

  @Test
  void logLinesCarryTheJobAndRunIdsWhileTheJobIsFollowed() throws Exception {
    Path trades = dir.resolve("trades.csv");
    Files.writeString(
        trades,
        "time,symbol,price,size\n"
            + "2024-03-01T14:30:01Z,AAPL,100.0,10\n"
            + "2024-03-01T14:31:01Z,AAPL,101.0,10\n");
    Configuration configuration =
        Configuration.of(Map.of("BF_STORE_URL", "jdbc:duckdb:" + dir.resolve("store.duckdb")));
    try (Application application = Application.open(configuration)) {
      StreamRequest request =
          new StreamRequest(
              new StreamSource.TradeFiles(trades, Pacing.AS_FAST_AS_POSSIBLE),
              JobSettings.defaults(dir.resolve("checkpoints")).fresh());
      StreamRun run =
          application
              .streams()
              .start(request, event -> {}, new PipelineCounters(), Progress.SILENT);
      try {
        assertThat(MDC.get(StreamRun.JOB_ID)).matches("[0-9a-f]{32}");
        assertThat(MDC.get(RunRecorder.RUN_ID)).isEqualTo(Long.toString(run.runId()));
        assertThat(run.awaitFinish(Duration.ofMinutes(2))).isTrue();
      } finally {
        run.close();
      }
    }
    assertThat(MDC.get(StreamRun.JOB_ID)).isNull();
    assertThat(MDC.get(RunRecorder.RUN_ID)).isNull();
  }
}
