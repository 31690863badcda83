package io.breadthflow.ingest.csv;

/** A CSV file that cannot be read at all (no header, wrong header, not text). */
public final class CsvFormatException extends Exception {
  public CsvFormatException(String message) {
    super(message);
  }
}
