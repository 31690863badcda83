package io.breadthflow.app.data;

import io.breadthflow.app.run.RunOutcome;
import java.nio.file.Path;
import java.util.Map;

/**
 * What an export wrote.
 *
 * @param files Parquet files, one per symbol
 * @param bars bars written
 * @param folder where the files are
 */
public record ExportReport(long files, long bars, Path folder) implements RunOutcome {
  @Override
  public Map<String, Object> counts() {
    return Map.of("files", files, "bars", bars);
  }
}
