package io.breadthflow.stream.forecast;

import io.breadthflow.core.forecast.RollingWindow;
import io.breadthflow.stream.state.VersionedSerializer;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Keyed state {@link RollingWindow}. Format 1: capacity, minimum, refresh interval, observations
 * since the last refresh and the number held (ints), then the observations, oldest first.
 */
final class RollingWindowSerializer extends VersionedSerializer<RollingWindow> {
  static final RollingWindowSerializer INSTANCE = new RollingWindowSerializer();
  private static final long serialVersionUID = 1L;

  @Override
  protected int version() {
    return 1;
  }

  @Override
  protected void write(RollingWindow value, DataOutputView out) throws IOException {
    out.writeInt(value.capacity());
    out.writeInt(value.minimum());
    out.writeInt(value.refreshEvery());
    out.writeInt(value.sinceRefresh());
    double[] values = value.oldestFirst();
    out.writeInt(values.length);
    for (double v : values) {
      out.writeDouble(v);
    }
  }

  @Override
  protected RollingWindow read(int version, DataInputView in) throws IOException {
    int capacity = in.readInt();
    int minimum = in.readInt();
    int refreshEvery = in.readInt();
    int sinceRefresh = in.readInt();
    double[] values = new double[in.readInt()];
    for (int i = 0; i < values.length; i++) {
      values[i] = in.readDouble();
    }
    return RollingWindow.restore(capacity, minimum, refreshEvery, values, sinceRefresh);
  }

  @Override
  public RollingWindow createInstance() {
    return new RollingWindow(1, 1, 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RollingWindowSerializer;
  }

  @Override
  public int hashCode() {
    return RollingWindowSerializer.class.hashCode();
  }

  @Override
  public TypeSerializerSnapshot<RollingWindow> snapshotConfiguration() {
    return new Snapshot();
  }

  /** The snapshot of this stateless serializer. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<RollingWindow> {
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
