package io.breadthflow.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Write work in one transaction under the store's write lock: committed whole or rolled back. */
final class WriteTransaction {
  /** The work; returns the rows it changed. */
  interface Work {
    long run(Connection connection) throws SQLException;
  }

  private WriteTransaction() {}

  static long run(ConnectionSource connections, Object writeLock, String operation, Work work) {
    synchronized (writeLock) {
      try (Connection connection = connections.open()) {
        connection.setAutoCommit(false);
        try {
          long changed = work.run(connection);
          connection.commit();
          return changed;
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          throw e;
        }
      } catch (SQLException e) {
        throw new StoreException(operation, e);
      }
    }
  }
}
