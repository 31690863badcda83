package io.breadthflow.stream.alert;

import io.breadthflow.stream.state.VersionedSerializer;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SimpleTypeSerializerSnapshot;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Keyed state {@link AlertCooldowns}. Format 1: bars (long), rule count (int), then per rule, by
 * rule name, the bar of its last alert — so rules can be added, removed or reordered.
 */
final class AlertCooldownsSerializer extends VersionedSerializer<AlertCooldowns> {
  static final AlertCooldownsSerializer INSTANCE = new AlertCooldownsSerializer();
  private static final long serialVersionUID = 1L;

  @Override
  protected int version() {
    return 1;
  }

  @Override
  protected void write(AlertCooldowns value, DataOutputView out) throws IOException {
    out.writeLong(value.bars);
    ThresholdAlerts.Rule[] rules = ThresholdAlerts.Rule.values();
    out.writeInt(rules.length);
    for (ThresholdAlerts.Rule rule : rules) {
      out.writeUTF(rule.code());
      out.writeLong(value.lastAlert[rule.ordinal()]);
    }
  }

  @Override
  protected AlertCooldowns read(int version, DataInputView in) throws IOException {
    AlertCooldowns state = new AlertCooldowns();
    state.bars = in.readLong();
    int rules = in.readInt();
    for (int i = 0; i < rules; i++) {
      String code = in.readUTF();
      long last = in.readLong();
      for (ThresholdAlerts.Rule rule : ThresholdAlerts.Rule.values()) {
        if (rule.code().equals(code)) {
          state.lastAlert[rule.ordinal()] = last;
        }
      }
    }
    return state;
  }

  @Override
  public AlertCooldowns createInstance() {
    return new AlertCooldowns();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AlertCooldownsSerializer;
  }

  @Override
  public int hashCode() {
    return AlertCooldownsSerializer.class.hashCode();
  }

  @Override
  public TypeSerializerSnapshot<AlertCooldowns> snapshotConfiguration() {
    return new Snapshot();
  }

  /** No configuration: formats are versioned per value. */
  public static final class Snapshot extends SimpleTypeSerializerSnapshot<AlertCooldowns> {
    public Snapshot() {
      super(() -> INSTANCE);
    }
  }
}
