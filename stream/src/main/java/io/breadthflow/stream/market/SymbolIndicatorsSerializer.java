package io.breadthflow.stream.market;

import io.breadthflow.stream.state.FieldState;
import io.breadthflow.stream.state.VersionedSerializer;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Keyed state {@link SymbolIndicators}. Format 1: its fields and those of its core indicator
 * machines, by name ({@link FieldState}), read into a new {@code SymbolIndicators}.
 */
final class SymbolIndicatorsSerializer extends VersionedSerializer<SymbolIndicators> {
  static final SymbolIndicatorsSerializer INSTANCE = new SymbolIndicatorsSerializer();
  private static final long serialVersionUID = 1L;

  @Override
  protected int version() {
    return 1;
  }

  @Override
  protected void write(SymbolIndicators value, DataOutputView out) throws IOException {
    FieldState.write(value, out);
  }

  @Override
  protected SymbolIndicators read(int version, DataInputView in) throws IOException {
    return FieldState.readInto(new SymbolIndicators(), in);
  }

  @Override
  public SymbolIndicators createInstance() {
    return new SymbolIndicators();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SymbolIndicatorsSerializer;
  }

  @Override
  public int hashCode() {
    return SymbolIndicatorsSerializer.class.hashCode();
  }

  @Override
  public TypeSerializerSnapshot<SymbolIndicators> snapshotConfiguration() {
    return new Snapshot();
  }

  /** No configuration: formats are versioned per value. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<SymbolIndicators> {
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
