package io.breadthflow.core.live;

/**
 * Where the pipeline publishes live events. Publishing never blocks the pipeline: a consumer that
 * cannot keep up loses its subscription, not the pipeline its pace.
 */
public interface LiveHub {
  void publish(LiveEvent event);
}
