package io.breadthflow.stream.strategy;

import io.breadthflow.stream.state.FieldState;
import io.breadthflow.stream.state.VersionedSerializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Keyed state {@link StrategyState} of a strategy and universe (its configuration, which the
 * snapshot keeps). Format 1: the universe size (int); the last final period start (long); the
 * directions (int per symbol); the pending periods (int count, then per period its start and the
 * close of every symbol); then the evaluator by field ({@link FieldState}). A job restored with a
 * different strategy or universe is incompatible: start it afresh, and replay history to warm the
 * new strategy up.
 */
final class StrategyStateSerializer extends VersionedSerializer<StrategyState> {
  private static final long serialVersionUID = 1L;
  private final StrategySource source;
  private final List<String> universe;

  StrategyStateSerializer(StrategySource source, List<String> universe) {
    this.source = Objects.requireNonNull(source);
    this.universe = List.copyOf(universe);
  }

  @Override
  protected int version() {
    return 1;
  }

  @Override
  protected void write(StrategyState value, DataOutputView out) throws IOException {
    int symbols = universe.size();
    out.writeInt(symbols);
    out.writeLong(value.lastFinalStart);
    for (int s = 0; s < symbols; s++) {
      out.writeInt(value.decided[s]);
      out.writeInt(value.announced[s]);
    }
    out.writeInt(value.pending.size());
    for (Map.Entry<Long, double[]> period : value.pending.entrySet()) {
      out.writeLong(period.getKey());
      for (int s = 0; s < symbols; s++) {
        out.writeDouble(period.getValue()[s]);
      }
    }
    FieldState.write(value.evaluator, out);
  }

  @Override
  protected StrategyState read(int version, DataInputView in) throws IOException {
    int symbols = in.readInt();
    if (symbols != universe.size()) {
      throw new IOException(
          "the strategy state has " + symbols + " symbols, the job's universe " + universe.size());
    }
    StrategyState state = new StrategyState(source, universe);
    state.lastFinalStart = in.readLong();
    for (int s = 0; s < symbols; s++) {
      state.decided[s] = in.readInt();
      state.announced[s] = in.readInt();
    }
    int pending = in.readInt();
    for (int p = 0; p < pending; p++) {
      double[] period = state.period(in.readLong(), symbols);
      for (int s = 0; s < symbols; s++) {
        period[s] = in.readDouble();
      }
    }
    FieldState.readInto(state.evaluator, in);
    return state;
  }

  @Override
  public StrategyState createInstance() {
    return new StrategyState(source, universe);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StrategyStateSerializer other
        && source.equals(other.source)
        && universe.equals(other.universe);
  }

  @Override
  public int hashCode() {
    return source.hashCode() * 31 + universe.hashCode();
  }

  @Override
  public TypeSerializerSnapshot<StrategyState> snapshotConfiguration() {
    return new Snapshot(source, universe);
  }

  /**
   * Keeps the strategy (Java-serialised records) and the universe: a state is only readable with
   * the same of both.
   */
  public static final class Snapshot implements TypeSerializerSnapshot<StrategyState> {
    private StrategySource source;
    private List<String> universe;

    /** For Flink's restore. */
    public Snapshot() {}

    Snapshot(StrategySource source, List<String> universe) {
      this.source = source;
      this.universe = universe;
    }

    @Override
    public int getCurrentVersion() {
      return 1;
    }

    @Override
    public void writeSnapshot(DataOutputView out) throws IOException {
      out.writeInt(universe.size());
      for (String symbol : universe) {
        out.writeUTF(symbol);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream objects = new ObjectOutputStream(bytes)) {
        objects.writeObject(source);
      }
      out.writeInt(bytes.size());
      out.write(bytes.toByteArray());
    }

    @Override
    public void readSnapshot(int readVersion, DataInputView in, ClassLoader classLoader)
        throws IOException {
      int size = in.readInt();
      List<String> symbols = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        symbols.add(in.readUTF());
      }
      universe = List.copyOf(symbols);
      byte[] bytes = new byte[in.readInt()];
      in.readFully(bytes);
      try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
        source = (StrategySource) objects.readObject();
      } catch (ClassNotFoundException e) {
        throw new IOException("cannot read the strategy of the snapshot", e);
      }
    }

    @Override
    public TypeSerializer<StrategyState> restoreSerializer() {
      return new StrategyStateSerializer(source, universe);
    }

    @Override
    public TypeSerializerSchemaCompatibility<StrategyState> resolveSchemaCompatibility(
        TypeSerializerSnapshot<StrategyState> oldSnapshot) {
      if (!(oldSnapshot instanceof Snapshot old)
          || !old.universe.equals(universe)
          || !old.source.equals(source)) {
        return TypeSerializerSchemaCompatibility.incompatible();
      }
      return TypeSerializerSchemaCompatibility.compatibleAsIs();
    }
  }
}
