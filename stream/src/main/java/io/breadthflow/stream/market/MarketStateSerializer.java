package io.breadthflow.stream.market;

import io.breadthflow.core.signal.SignalWeights;
import io.breadthflow.stream.state.FieldState;
import io.breadthflow.stream.state.VersionedSerializer;
import java.io.IOException;
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
 * Keyed state {@link MarketState} of a universe and weights (its configuration, which the snapshot
 * keeps). Format 1: the universe size (int); the last final period start (long) and the output
 * flag; the pending periods (int count, then per period its start and the closes and volumes of
 * every symbol); then the breadth and the signal engines by field ({@link FieldState}).
 */
final class MarketStateSerializer extends VersionedSerializer<MarketState> {
  private static final long serialVersionUID = 1L;
  private final List<String> universe;
  private final SignalWeights weights;

  MarketStateSerializer(List<String> universe, SignalWeights weights) {
    this.universe = List.copyOf(universe);
    this.weights = Objects.requireNonNull(weights);
  }

  @Override
  protected int version() {
    return 1;
  }

  @Override
  protected void write(MarketState value, DataOutputView out) throws IOException {
    int symbols = universe.size();
    out.writeInt(symbols);
    out.writeLong(value.lastFinalStart);
    out.writeBoolean(value.output);
    out.writeInt(value.pending.size());
    for (Map.Entry<Long, double[][]> period : value.pending.entrySet()) {
      out.writeLong(period.getKey());
      for (double[] row : period.getValue()) {
        for (int s = 0; s < symbols; s++) {
          out.writeDouble(row[s]);
        }
      }
    }
    FieldState.write(value.breadth, out);
    FieldState.write(value.signals, out);
  }

  @Override
  protected MarketState read(int version, DataInputView in) throws IOException {
    int symbols = in.readInt();
    if (symbols != universe.size()) {
      throw new IOException(
          "the market state has " + symbols + " symbols, the job's universe " + universe.size());
    }
    MarketState state = new MarketState(universe, weights);
    state.lastFinalStart = in.readLong();
    state.output = in.readBoolean();
    int pending = in.readInt();
    for (int p = 0; p < pending; p++) {
      double[][] period = state.period(in.readLong(), symbols);
      for (double[] row : period) {
        for (int s = 0; s < symbols; s++) {
          row[s] = in.readDouble();
        }
      }
    }
    FieldState.readInto(state.breadth, in);
    FieldState.readInto(state.signals, in);
    return state;
  }

  @Override
  public MarketState createInstance() {
    return new MarketState(universe, weights);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MarketStateSerializer other
        && universe.equals(other.universe)
        && weights.equals(other.weights);
  }

  @Override
  public int hashCode() {
    return universe.hashCode() * 31 + weights.hashCode();
  }

  @Override
  public TypeSerializerSnapshot<MarketState> snapshotConfiguration() {
    return new Snapshot(universe, weights);
  }

  /** Keeps the universe and the weights: a state is only readable with the same universe. */
  public static final class Snapshot implements TypeSerializerSnapshot<MarketState> {
    private List<String> universe;
    private SignalWeights weights;

    /** For Flink's restore. */
    public Snapshot() {}

    Snapshot(List<String> universe, SignalWeights weights) {
      this.universe = universe;
      this.weights = weights;
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
      out.writeUTF(weights.name());
      out.writeDouble(weights.breadth());
      out.writeDouble(weights.trend());
      out.writeDouble(weights.momentum());
      out.writeDouble(weights.volatility());
      out.writeDouble(weights.buyThreshold());
      out.writeDouble(weights.sellThreshold());
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
      weights =
          new SignalWeights(
              in.readUTF(),
              in.readDouble(),
              in.readDouble(),
              in.readDouble(),
              in.readDouble(),
              in.readDouble(),
              in.readDouble());
    }

    @Override
    public TypeSerializer<MarketState> restoreSerializer() {
      return new MarketStateSerializer(universe, weights);
    }

    @Override
    public TypeSerializerSchemaCompatibility<MarketState> resolveSchemaCompatibility(
        TypeSerializerSnapshot<MarketState> oldSnapshot) {
      if (!(oldSnapshot instanceof Snapshot old) || !old.universe.equals(universe)) {
        return TypeSerializerSchemaCompatibility.incompatible();
      }
      // the weights only score new periods; the engines' state is the same
      return TypeSerializerSchemaCompatibility.compatibleAsIs();
    }
  }
}
