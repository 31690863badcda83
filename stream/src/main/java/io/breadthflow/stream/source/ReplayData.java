package io.breadthflow.stream.source;

import java.io.Serializable;
import java.util.List;

/** Loads the records of a replay, in time order, where the source runs (not in the job graph). */
@FunctionalInterface
public interface ReplayData<T> extends Serializable {
  List<T> load() throws Exception;
}
