package io.breadthflow.app.config;

/** Who may read market data from the API. */
public enum ReadAccess {
  /** Anyone; accounts are needed only to write (the default). */
  PUBLIC,
  /** Only callers with a valid access token, on HTTP and WebSocket alike. */
  PRIVATE
}
