package io.breadthflow.stream.sink;

import io.breadthflow.store.MarketStore;
import io.breadthflow.store.MarketStores;
import io.breadthflow.store.StoreConfig;
import java.util.HashMap;
import java.util.Map;

/**
 * One store instance per database in this JVM for all the job's sinks (and for the process that
 * runs the job, when it {@link #share shares} its own): one connection pool and one write lock, so
 * concurrent sinks never race each other's staging tables.
 */
public final class SharedStores {
  private static final Map<String, Entry> OPEN = new HashMap<>();

  private SharedStores() {}

  private static final class Entry {
    final MarketStore store;
    final boolean owned;
    int references;

    Entry(MarketStore store, boolean owned) {
      this.store = store;
      this.owned = owned;
    }
  }

  /** The store at {@code config}, opened on first use; {@link #release} it when done. */
  public static synchronized MarketStore acquire(StoreConfig config) {
    Entry entry =
        OPEN.computeIfAbsent(config.url(), url -> new Entry(MarketStores.open(config), true));
    entry.references++;
    return entry.store;
  }

  /** Gives back a store from {@link #acquire}; the last release of an opened store closes it. */
  public static synchronized void release(StoreConfig config) {
    Entry entry = OPEN.get(config.url());
    if (entry != null && --entry.references == 0) {
      OPEN.remove(config.url());
      if (entry.owned) {
        entry.store.close();
      }
    }
  }

  /**
   * Lets the job's sinks use {@code store}, already open at {@code config} in this process, until
   * the returned handle is closed; the caller keeps closing the store itself.
   */
  public static synchronized AutoCloseable share(StoreConfig config, MarketStore store) {
    Entry entry = OPEN.computeIfAbsent(config.url(), url -> new Entry(store, false));
    entry.references++;
    return () -> release(config);
  }
}
