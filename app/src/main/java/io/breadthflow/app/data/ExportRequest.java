package io.breadthflow.app.data;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.RunRequest;
import java.nio.file.Path;
import java.util.Map;

/**
 * Every symbol's bars as a Parquet lake.
 *
 * @param lake the lake's root folder
 */
public record ExportRequest(Path lake) implements RunRequest {
  public ExportRequest {
    if (lake == null) {
      throw UseCaseException.invalid("an export needs a lake folder");
    }
  }

  @Override
  public String command() {
    return "data export";
  }

  @Override
  public Map<String, Object> parameters() {
    return Map.of("lake", lake.getFileName() == null ? "" : lake.getFileName().toString());
  }
}
