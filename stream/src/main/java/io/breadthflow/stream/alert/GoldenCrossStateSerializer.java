package io.breadthflow.stream.alert;

import io.breadthflow.stream.state.VersionedSerializer;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Keyed state {@link GoldenCrossState}. Format 1: the number of waiting crosses (int), then per
 * cross bar index (long), start (long, epoch ms), SMA50 and SMA200 (double).
 */
final class GoldenCrossStateSerializer extends VersionedSerializer<GoldenCrossState> {
  static final GoldenCrossStateSerializer INSTANCE = new GoldenCrossStateSerializer();
  private static final long serialVersionUID = 1L;

  @Override
  protected int version() {
    return 1;
  }

  @Override
  protected void write(GoldenCrossState value, DataOutputView out) throws IOException {
    out.writeInt(value.pending.size());
    for (GoldenCrossState.Cross cross : value.pending) {
      out.writeLong(cross.barIndex());
      out.writeLong(cross.time());
      out.writeDouble(cross.sma50());
      out.writeDouble(cross.sma200());
    }
  }

  @Override
  protected GoldenCrossState read(int version, DataInputView in) throws IOException {
    GoldenCrossState state = new GoldenCrossState();
    int count = in.readInt();
    for (int i = 0; i < count; i++) {
      state.pending.add(
          new GoldenCrossState.Cross(
              in.readLong(), in.readLong(), in.readDouble(), in.readDouble()));
    }
    return state;
  }

  @Override
  public GoldenCrossState createInstance() {
    return new GoldenCrossState();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GoldenCrossStateSerializer;
  }

  @Override
  public int hashCode() {
    return GoldenCrossStateSerializer.class.hashCode();
  }

  @Override
  public TypeSerializerSnapshot<GoldenCrossState> snapshotConfiguration() {
    return new Snapshot();
  }

  /** No configuration: formats are versioned per value. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<GoldenCrossState> {
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
