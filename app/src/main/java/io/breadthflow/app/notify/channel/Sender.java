package io.breadthflow.app.notify.channel;

/**
 * Delivers notifications over one channel. Implementations are thread-safe and never throw for a
 * failed delivery: they say how it ended.
 */
public interface Sender {
  Outcome send(Outgoing outgoing);
}
