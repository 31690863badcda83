package io.breadthflow.stream.state;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputView;

/**
 * An explicit serializer for a mutable keyed-state type, so that the state never falls back to Kryo
 * and can evolve: every value starts with the version of its format, and {@link #read} is given
 * that version, so a job restored from an older checkpoint reads what it wrote. Bump {@link
 * #version()} when the format changes and keep reading the old one.
 *
 * <p>Thread-safety: a serializer holds only immutable configuration, so {@link #duplicate()}
 * returns itself; {@link #copy(Object)} serialises into a fresh buffer.
 *
 * @param <T> the state type
 */
public abstract class VersionedSerializer<T> extends TypeSerializer<T> {
  private static final long serialVersionUID = 1L;

  /** The version of the format {@link #write} writes (1 to 127). */
  protected abstract int version();

  /** Writes {@code value} in the current format. */
  protected abstract void write(T value, DataOutputView out) throws IOException;

  /** Reads a value that was written in format {@code version} (at most {@link #version()}). */
  protected abstract T read(int version, DataInputView in) throws IOException;

  @Override
  public final boolean isImmutableType() {
    return false;
  }

  @Override
  public final TypeSerializer<T> duplicate() {
    return this;
  }

  @Override
  public final T copy(T from) {
    try {
      DataOutputSerializer out = new DataOutputSerializer(256);
      serialize(from, out);
      return deserialize(new DataInputDeserializer(out.getSharedBuffer(), 0, out.length()));
    } catch (IOException e) {
      throw new IllegalStateException("cannot copy " + from.getClass().getSimpleName(), e);
    }
  }

  @Override
  public final T copy(T from, T reuse) {
    return copy(from);
  }

  @Override
  public final int getLength() {
    return -1;
  }

  @Override
  public final void serialize(T value, DataOutputView out) throws IOException {
    out.writeByte(version());
    write(value, out);
  }

  @Override
  public final T deserialize(DataInputView in) throws IOException {
    int version = in.readByte();
    if (version < 1 || version > version()) {
      throw new IOException(
          getClass().getSimpleName()
              + " reads formats 1 to "
              + version()
              + ", the state has format "
              + version);
    }
    return read(version, in);
  }

  @Override
  public final T deserialize(T reuse, DataInputView in) throws IOException {
    return deserialize(in);
  }

  @Override
  public final void copy(DataInputView source, DataOutputView target) throws IOException {
    serialize(deserialize(source), target);
  }
}
