package io.breadthflow.app.data;

import io.breadthflow.app.UseCaseException;
import io.breadthflow.app.run.RunRequest;
import java.nio.file.Path;
import java.util.Map;

/**
 * Daily bars from files into the store.
 *
 * @param format what the files are
 * @param input a CSV file or a folder of them, or a lake's root folder
 */
public record ImportRequest(Format format, Path input) implements RunRequest {
  /** The kinds of input. */
  public enum Format {
    /** {@code SYMBOL.csv} files (plain, Yahoo or Stooq) or one such file. */
    CSV,
    /** A Parquet lake written by {@code bf data export}. */
    LAKE
  }

  public ImportRequest {
    if (format == null || input == null) {
      throw UseCaseException.invalid("an import needs a format and an input");
    }
  }

  @Override
  public String command() {
    return "data import";
  }

  @Override
  public Map<String, Object> parameters() {
    return Map.of(
        "format",
        format,
        "input",
        input.getFileName() == null ? "" : input.getFileName().toString());
  }
}
