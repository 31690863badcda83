package io.breadthflow.stream.rule;

import io.breadthflow.core.rule.RuleState;
import io.breadthflow.core.rule.RuleStates;
import io.breadthflow.stream.state.VersionedSerializer;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Keyed state {@link RuleStates}. Format 1: the number of rules (int), then per rule its id (long),
 * fingerprint (int), previous value (double), last firing (long, epoch ms), the ring's length
 * (int), count (int), head (int) and closes (doubles).
 */
final class RuleStatesSerializer extends VersionedSerializer<RuleStates> {
  static final RuleStatesSerializer INSTANCE = new RuleStatesSerializer();
  private static final long serialVersionUID = 1L;

  @Override
  protected int version() {
    return 1;
  }

  @Override
  protected void write(RuleStates value, DataOutputView out) throws IOException {
    out.writeInt(value.size());
    for (int i = 0; i < value.size(); i++) {
      RuleState state = value.state(i);
      out.writeLong(value.id(i));
      out.writeInt(value.fingerprint(i));
      out.writeDouble(state.previous());
      out.writeLong(state.lastFired());
      double[] window = state.window();
      out.writeInt(window.length);
      out.writeInt(state.count());
      out.writeInt(state.head());
      for (double close : window) {
        out.writeDouble(close);
      }
    }
  }

  @Override
  protected RuleStates read(int version, DataInputView in) throws IOException {
    int size = in.readInt();
    long[] ids = new long[size];
    int[] fingerprints = new int[size];
    RuleState[] states = new RuleState[size];
    for (int i = 0; i < size; i++) {
      ids[i] = in.readLong();
      fingerprints[i] = in.readInt();
      double previous = in.readDouble();
      long lastFired = in.readLong();
      double[] window = new double[in.readInt()];
      int count = in.readInt();
      int head = in.readInt();
      for (int w = 0; w < window.length; w++) {
        window[w] = in.readDouble();
      }
      states[i] = RuleState.restore(previous, lastFired, window, count, head);
    }
    return RuleStates.restore(ids, fingerprints, states);
  }

  @Override
  public RuleStates createInstance() {
    return new RuleStates();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleStatesSerializer;
  }

  @Override
  public int hashCode() {
    return RuleStatesSerializer.class.hashCode();
  }

  @Override
  public TypeSerializerSnapshot<RuleStates> snapshotConfiguration() {
    return new Snapshot();
  }

  /** No configuration: formats are versioned per value. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<RuleStates> {
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
