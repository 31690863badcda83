package io.breadthflow.stream.sink;

import io.breadthflow.store.MarketStore;
import java.io.Serializable;
import java.util.List;

/** How a batch of a sink's records is written to the store (idempotently). */
@FunctionalInterface
public interface StoreWrite<T> extends Serializable {
  void write(MarketStore store, List<T> batch);
}
