package io.breadthflow.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link WatchlistStore} over JDBC; the SQL is common to DuckDB and PostgreSQL. */
final class JdbcWatchlistStore implements WatchlistStore {
  /** PostgreSQL's SQLSTATE for a unique violation (another server took the name first). */
  private static final String UNIQUE_VIOLATION = "23505";

  private final ConnectionSource connections;
  private final Object writeLock;
  private final Clock clock;

  JdbcWatchlistStore(ConnectionSource connections, Object writeLock, Clock clock) {
    this.connections = connections;
    this.writeLock = writeLock;
    this.clock = clock;
  }

  @Override
  public List<String> symbolsOf(long watchlistId) {
    try (Connection connection = connections.open()) {
      return symbols(connection, watchlistId);
    } catch (SQLException e) {
      throw new StoreException("read of the symbols of watchlist " + watchlistId, e);
    }
  }

  @Override
  public List<Watchlist> listsOf(long userId) {
    return read(userId, null);
  }

  @Override
  public Optional<Watchlist> list(long userId, long watchlistId) {
    return read(userId, watchlistId).stream().findFirst();
  }

  @Override
  public Watchlist create(long userId, String name) {
    long id =
        writeNamed(
            "creation of a watchlist of user " + userId,
            name,
            connection -> {
              if (named(connection, userId, name).isPresent()) {
                throw new DuplicateWatchlistException(name);
              }
              return insert(connection, userId, name);
            });
    return list(userId, id).orElseThrow();
  }

  @Override
  public Optional<Watchlist> rename(long userId, long watchlistId, String name) {
    long found =
        writeNamed(
            "rename of watchlist " + watchlistId,
            name,
            connection -> {
              if (!owns(connection, userId, watchlistId)) {
                return 0;
              }
              Optional<Long> holder = named(connection, userId, name);
              if (holder.isPresent() && holder.get() != watchlistId) {
                throw new DuplicateWatchlistException(name);
              }
              update(connection, "UPDATE watchlists SET name = ? WHERE id = ?", name, watchlistId);
              return 1;
            });
    return found > 0 ? list(userId, watchlistId) : Optional.empty();
  }

  @Override
  public boolean delete(long userId, long watchlistId) {
    return write(
            "deletion of watchlist " + watchlistId,
            connection -> {
              Optional<Integer> position =
                  firstInt(
                      connection,
                      "SELECT position FROM watchlists WHERE id = ? AND user_id = ?",
                      watchlistId,
                      userId);
              if (position.isEmpty()) {
                return 0;
              }
              update(
                  connection, "DELETE FROM watchlist_symbols WHERE watchlist_id = ?", watchlistId);
              update(connection, "DELETE FROM watchlists WHERE id = ?", watchlistId);
              update(
                  connection,
                  "UPDATE watchlists SET position = position - 1 WHERE user_id = ? AND position > ?",
                  userId,
                  position.get());
              return 1;
            })
        > 0;
  }

  @Override
  public boolean reorderLists(long userId, List<Long> ids) {
    return write(
            "reordering of the watchlists of user " + userId,
            connection -> {
              Set<Long> owned = new HashSet<>();
              try (PreparedStatement statement =
                  connection.prepareStatement("SELECT id FROM watchlists WHERE user_id = ?")) {
                statement.setLong(1, userId);
                try (ResultSet rows = statement.executeQuery()) {
                  while (rows.next()) {
                    owned.add(rows.getLong(1));
                  }
                }
              }
              if (ids.size() != owned.size() || !owned.equals(new HashSet<>(ids))) {
                return 0;
              }
              for (int i = 0; i < ids.size(); i++) {
                update(
                    connection, "UPDATE watchlists SET position = ? WHERE id = ?", i, ids.get(i));
              }
              return 1;
            })
        > 0;
  }

  @Override
  public Optional<Watchlist> addSymbols(
      long userId, long watchlistId, List<String> symbols, int capacity) {
    long found =
        write(
            "addition of symbols to watchlist " + watchlistId,
            connection -> {
              if (!owns(connection, userId, watchlistId)) {
                return 0;
              }
              List<String> held = symbols(connection, watchlistId);
              Set<String> present = new HashSet<>(held);
              int position = held.size();
              for (String symbol : symbols) {
                if (position < capacity && present.add(symbol)) {
                  insertSymbol(connection, watchlistId, symbol, position++);
                }
              }
              return 1;
            });
    return found > 0 ? list(userId, watchlistId) : Optional.empty();
  }

  @Override
  public Optional<Watchlist> removeSymbol(long userId, long watchlistId, String symbol) {
    long found =
        write(
            "removal of a symbol from watchlist " + watchlistId,
            connection -> {
              if (!owns(connection, userId, watchlistId)) {
                return 0;
              }
              Optional<Integer> position =
                  firstInt(
                      connection,
                      "SELECT position FROM watchlist_symbols WHERE watchlist_id = ? AND symbol = ?",
                      watchlistId,
                      symbol);
              if (position.isPresent()) {
                update(
                    connection,
                    "DELETE FROM watchlist_symbols WHERE watchlist_id = ? AND symbol = ?",
                    watchlistId,
                    symbol);
                update(
                    connection,
                    "UPDATE watchlist_symbols SET position = position - 1"
                        + " WHERE watchlist_id = ? AND position > ?",
                    watchlistId,
                    position.get());
              }
              return 1;
            });
    return found > 0 ? list(userId, watchlistId) : Optional.empty();
  }

  @Override
  public Optional<Watchlist> replaceSymbols(long userId, long watchlistId, List<String> symbols) {
    List<String> wanted = List.copyOf(new LinkedHashSet<>(symbols));
    long found =
        write(
            "replacement of the symbols of watchlist " + watchlistId,
            connection -> {
              if (!owns(connection, userId, watchlistId)) {
                return 0;
              }
              Set<String> held = new HashSet<>(symbols(connection, watchlistId));
              for (String symbol : held) {
                if (!wanted.contains(symbol)) {
                  update(
                      connection,
                      "DELETE FROM watchlist_symbols WHERE watchlist_id = ? AND symbol = ?",
                      watchlistId,
                      symbol);
                }
              }
              for (int i = 0; i < wanted.size(); i++) {
                String symbol = wanted.get(i);
                if (held.contains(symbol)) {
                  update(
                      connection,
                      "UPDATE watchlist_symbols SET position = ? WHERE watchlist_id = ? AND symbol = ?",
                      i,
                      watchlistId,
                      symbol);
                } else {
                  insertSymbol(connection, watchlistId, symbol, i);
                }
              }
              return 1;
            });
    return found > 0 ? list(userId, watchlistId) : Optional.empty();
  }

  @Override
  public Watchlist defaultList(long userId) {
    try {
      return findOrCreateDefault(userId);
    } catch (DuplicateWatchlistException e) {
      // another server created it between our look and our insert: it is there now
      return findOrCreateDefault(userId);
    }
  }

  private Watchlist findOrCreateDefault(long userId) {
    long id =
        writeNamed(
            "creation of the default watchlist of user " + userId,
            DEFAULT_NAME,
            connection -> {
              Optional<Long> existing = named(connection, userId, DEFAULT_NAME);
              return existing.isPresent()
                  ? existing.get()
                  : insert(connection, userId, DEFAULT_NAME);
            });
    return list(userId, id).orElseThrow();
  }

  private long write(String operation, WriteTransaction.Work work) {
    return WriteTransaction.run(connections, writeLock, operation, work);
  }

  /**
   * Runs {@code work}, which gives a list {@code name}, as a write: a unique violation (another
   * server took the name after our look) becomes the typed signal.
   */
  private long writeNamed(String operation, String name, WriteTransaction.Work work) {
    try {
      return write(operation, work);
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException cause
          && UNIQUE_VIOLATION.equals(cause.getSQLState())) {
        throw new DuplicateWatchlistException(name);
      }
      throw e;
    }
  }

  private List<Watchlist> read(long userId, Long watchlistId) {
    String only = watchlistId == null ? "" : " AND id = ?";
    String listSql =
        "SELECT id, name, position FROM watchlists WHERE user_id = ?"
            + only
            + " ORDER BY position, id";
    String symbolSql =
        "SELECT s.watchlist_id, s.symbol FROM watchlist_symbols s"
            + " JOIN watchlists w ON w.id = s.watchlist_id WHERE w.user_id = ?"
            + (watchlistId == null ? "" : " AND w.id = ?")
            + " ORDER BY s.watchlist_id, s.position";
    try (Connection connection = connections.open()) {
      Map<Long, String> names = new LinkedHashMap<>();
      Map<Long, Integer> positions = new LinkedHashMap<>();
      try (PreparedStatement statement = connection.prepareStatement(listSql)) {
        bind(statement, userId, watchlistId);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            names.put(rows.getLong(1), rows.getString(2));
            positions.put(rows.getLong(1), rows.getInt(3));
          }
        }
      }
      Map<Long, List<String>> symbols = new LinkedHashMap<>();
      try (PreparedStatement statement = connection.prepareStatement(symbolSql)) {
        bind(statement, userId, watchlistId);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            symbols
                .computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                .add(rows.getString(2));
          }
        }
      }
      List<Watchlist> lists = new ArrayList<>(names.size());
      for (Map.Entry<Long, String> entry : names.entrySet()) {
        long id = entry.getKey();
        lists.add(
            new Watchlist(
                id,
                userId,
                entry.getValue(),
                positions.get(id),
                symbols.getOrDefault(id, List.of())));
      }
      return lists;
    } catch (SQLException e) {
      throw new StoreException("read of the watchlists of user " + userId, e);
    }
  }

  private static void bind(PreparedStatement statement, long userId, Long watchlistId)
      throws SQLException {
    statement.setLong(1, userId);
    if (watchlistId != null) {
      statement.setLong(2, watchlistId);
    }
  }

  private static List<String> symbols(Connection connection, long watchlistId) throws SQLException {
    List<String> symbols = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT symbol FROM watchlist_symbols WHERE watchlist_id = ? ORDER BY position")) {
      statement.setLong(1, watchlistId);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          symbols.add(rows.getString(1));
        }
      }
    }
    return symbols;
  }

  private static boolean owns(Connection connection, long userId, long watchlistId)
      throws SQLException {
    return firstInt(
            connection,
            "SELECT position FROM watchlists WHERE id = ? AND user_id = ?",
            watchlistId,
            userId)
        .isPresent();
  }

  private static Optional<Long> named(Connection connection, long userId, String name)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT id FROM watchlists WHERE user_id = ? AND name = ?")) {
      statement.setLong(1, userId);
      statement.setString(2, name);
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
      }
    }
  }

  /** The integer of the first row {@code sql} (with {@code values}) selects. */
  private static Optional<Integer> firstInt(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty();
      }
    }
  }

  private long insert(Connection connection, long userId, String name) throws SQLException {
    String sql =
        "INSERT INTO watchlists (user_id, name, position, created_at)"
            + " SELECT ?, ?, COALESCE(MAX(position) + 1, 0), ? FROM watchlists WHERE user_id = ?"
            + " RETURNING id";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, userId);
      statement.setString(2, name);
      statement.setObject(3, now());
      statement.setLong(4, userId);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private void insertSymbol(Connection connection, long watchlistId, String symbol, int position)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO watchlist_symbols (watchlist_id, symbol, position, added_at)"
                + " VALUES (?, ?, ?, ?)")) {
      statement.setLong(1, watchlistId);
      statement.setString(2, symbol);
      statement.setInt(3, position);
      statement.setObject(4, now());
      statement.executeUpdate();
    }
  }

  private static void update(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  private LocalDateTime now() {
    return LocalDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }
}
