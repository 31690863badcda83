package io.breadthflow.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Hands out connections to the store's database; each is closed by its user. */
interface ConnectionSource extends AutoCloseable {
  Connection open() throws SQLException;

  @Override
  void close();
}
