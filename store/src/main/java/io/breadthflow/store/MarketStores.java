package io.breadthflow.store;

import java.time.Clock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Opens the store a {@link StoreConfig} names, migrating its schema to the latest version. */
public final class MarketStores {
  private MarketStores() {}

  /**
   * Opens (creating if needed) and migrates the store.
   *
   * @throws StoreException when the database cannot be reached or migrated
   */
  public static MarketStore open(StoreConfig config) {
    return open(config, Clock.systemUTC());
  }

  /**
   * Opens (creating if needed) and migrates the store; {@code clock} stamps runs, quarantined
   * records, backtests and accounts.
   *
   * @throws StoreException when the database cannot be reached or migrated
   */
  public static MarketStore open(StoreConfig config, Clock clock) {
    return switch (config.kind()) {
      case DUCKDB -> {
        DuckDbConnections connections = DuckDbConnections.open(config.url());
        yield migrated(connections, connections, new DuckDbBarLoader(), StoreKind.DUCKDB, clock);
      }
      case POSTGRESQL -> {
        PostgresConnections connections = new PostgresConnections(config);
        MarketStore store =
            migrated(
                connections,
                connections.dataSource(),
                new PostgresBarLoader(),
                StoreKind.POSTGRESQL,
                clock);
        TimescaleHypertable.applyIfAvailable(connections);
        yield store;
      }
    };
  }

  private static MarketStore migrated(
      ConnectionSource connections,
      DataSource dataSource,
      BarLoader loader,
      StoreKind kind,
      Clock clock) {
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations(kind.migrations())
          .failOnMissingLocations(true)
          .load()
          .migrate();
    } catch (RuntimeException e) {
      connections.close();
      throw new StoreException("migration of the " + kind + " store", e);
    }
    return new JdbcMarketStore(connections, loader, clock);
  }
}
