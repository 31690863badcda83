package io.breadthflow.stream.bar;

import io.breadthflow.stream.state.VersionedSerializer;
import java.io.IOException;
import java.util.List;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Keyed state {@link SymbolBars}. Format 1: the number of intervals (int); per interval the number
 * of open bars (int) and per bar its start, emitted flag, open and close times, open, high, low,
 * close, volume, price × volume and trade count; then the fingerprint capacity (int), the number
 * remembered (int) and the fingerprints, oldest first (the hash table is rebuilt on read).
 */
final class SymbolBarsSerializer extends VersionedSerializer<SymbolBars> {
  static final SymbolBarsSerializer INSTANCE = new SymbolBarsSerializer();
  private static final long serialVersionUID = 1L;

  @Override
  protected int version() {
    return 1;
  }

  @Override
  protected void write(SymbolBars value, DataOutputView out) throws IOException {
    out.writeInt(value.byInterval.size());
    for (List<BarAccumulator> bars : value.byInterval) {
      out.writeInt(bars.size());
      for (BarAccumulator bar : bars) {
        out.writeLong(bar.start);
        out.writeBoolean(bar.emitted);
        out.writeLong(bar.openTime);
        out.writeLong(bar.closeTime);
        out.writeDouble(bar.open);
        out.writeDouble(bar.high);
        out.writeDouble(bar.low);
        out.writeDouble(bar.close);
        out.writeDouble(bar.volume);
        out.writeDouble(bar.priceVolume);
        out.writeLong(bar.trades);
      }
    }
    out.writeInt(value.recent.capacity());
    long[] fingerprints = value.recent.oldestFirst();
    out.writeInt(fingerprints.length);
    for (long fingerprint : fingerprints) {
      out.writeLong(fingerprint);
    }
  }

  @Override
  protected SymbolBars read(int version, DataInputView in) throws IOException {
    int intervals = in.readInt();
    BarAccumulator[][] bars = new BarAccumulator[intervals][];
    for (int i = 0; i < intervals; i++) {
      bars[i] = new BarAccumulator[in.readInt()];
      for (int k = 0; k < bars[i].length; k++) {
        BarAccumulator bar = new BarAccumulator(in.readLong());
        bar.emitted = in.readBoolean();
        bar.openTime = in.readLong();
        bar.closeTime = in.readLong();
        bar.open = in.readDouble();
        bar.high = in.readDouble();
        bar.low = in.readDouble();
        bar.close = in.readDouble();
        bar.volume = in.readDouble();
        bar.priceVolume = in.readDouble();
        bar.trades = in.readLong();
        bars[i][k] = bar;
      }
    }
    RecentFingerprints recent = new RecentFingerprints(in.readInt());
    int remembered = in.readInt();
    for (int k = 0; k < remembered; k++) {
      recent.add(in.readLong());
    }
    SymbolBars state = new SymbolBars(intervals, recent);
    for (int i = 0; i < intervals; i++) {
      state.byInterval.get(i).addAll(List.of(bars[i]));
    }
    return state;
  }

  @Override
  public SymbolBars createInstance() {
    return new SymbolBars(0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SymbolBarsSerializer;
  }

  @Override
  public int hashCode() {
    return SymbolBarsSerializer.class.hashCode();
  }

  @Override
  public TypeSerializerSnapshot<SymbolBars> snapshotConfiguration() {
    return new Snapshot();
  }

  /** No configuration: formats are versioned per value. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<SymbolBars> {
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
