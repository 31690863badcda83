package io.breadthflow.stream.state;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * The state of the {@code core} state machines (indicators, breadth and signal engines), written
 * field by field with the field's name and a type tag, and read back into a freshly constructed
 * machine of the same configuration (the prototype).
 *
 * <p>What is state: every instance field that is not {@code final}, and the contents of {@code
 * final} primitive arrays and nested machines (and arrays of them). {@code final} primitives,
 * strings, records and collections are configuration and come from the prototype's constructor.
 *
 * <p>Evolution: a field the state has but the class no longer has is skipped; a field the class
 * gained keeps its constructor value (a new indicator warms up from the restored bar on). A final
 * array whose length differs (e.g. a different universe) is an error, not a silent truncation.
 *
 * <p>The core classes expose no state accessors of their own (they are plain, allocation-free
 * machines), hence the reflection; it runs on checkpoints and restores, not per record.
 */
public final class FieldState {
  private static final byte DOUBLE = 1;
  private static final byte LONG = 2;
  private static final byte INT = 3;
  private static final byte BOOLEAN = 4;
  private static final byte DOUBLES = 5;
  private static final byte LONGS = 6;
  private static final byte INTS = 7;
  private static final byte BOOLEANS = 8;
  private static final byte OBJECT = 9;
  private static final byte OBJECTS = 10;

  private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

  private FieldState() {}

  /** Writes the state of {@code machine}. */
  public static void write(Object machine, DataOutputView out) throws IOException {
    List<Field> fields = fieldsOf(machine.getClass());
    out.writeShort(fields.size());
    for (Field field : fields) {
      out.writeUTF(field.getName());
      writeValue(get(field, machine), field.getType(), out);
    }
  }

  /** Reads a state written by {@link #write} into {@code prototype}, and returns it. */
  public static <T> T readInto(T prototype, DataInputView in) throws IOException {
    List<Field> fields = fieldsOf(prototype.getClass());
    int count = in.readUnsignedShort();
    for (int i = 0; i < count; i++) {
      String name = in.readUTF();
      Field field = find(fields, name);
      readValue(prototype, field, in);
    }
    return prototype;
  }

  private static void writeValue(Object value, Class<?> type, DataOutputView out)
      throws IOException {
    if (type == double.class) {
      out.writeByte(DOUBLE);
      out.writeDouble((Double) value);
    } else if (type == long.class) {
      out.writeByte(LONG);
      out.writeLong((Long) value);
    } else if (type == int.class) {
      out.writeByte(INT);
      out.writeInt((Integer) value);
    } else if (type == boolean.class) {
      out.writeByte(BOOLEAN);
      out.writeBoolean((Boolean) value);
    } else if (type == double[].class) {
      out.writeByte(DOUBLES);
      double[] values = (double[]) value;
      out.writeInt(values.length);
      for (double v : values) {
        out.writeDouble(v);
      }
    } else if (type == long[].class) {
      out.writeByte(LONGS);
      long[] values = (long[]) value;
      out.writeInt(values.length);
      for (long v : values) {
        out.writeLong(v);
      }
    } else if (type == int[].class) {
      out.writeByte(INTS);
      int[] values = (int[]) value;
      out.writeInt(values.length);
      for (int v : values) {
        out.writeInt(v);
      }
    } else if (type == boolean[].class) {
      out.writeByte(BOOLEANS);
      boolean[] values = (boolean[]) value;
      out.writeInt(values.length);
      for (boolean v : values) {
        out.writeBoolean(v);
      }
    } else if (type.isArray()) {
      out.writeByte(OBJECTS);
      Object[] values = (Object[]) value;
      out.writeInt(values.length);
      for (Object v : values) {
        write(v, out);
      }
    } else {
      out.writeByte(OBJECT);
      write(value, out);
    }
  }

  private static void readValue(Object target, Field field, DataInputView in) throws IOException {
    byte tag = in.readByte();
    switch (tag) {
      case DOUBLE -> set(field, target, in.readDouble(), double.class);
      case LONG -> set(field, target, in.readLong(), long.class);
      case INT -> set(field, target, in.readInt(), int.class);
      case BOOLEAN -> set(field, target, in.readBoolean(), boolean.class);
      case DOUBLES -> {
        double[] values = new double[in.readInt()];
        for (int i = 0; i < values.length; i++) {
          values[i] = in.readDouble();
        }
        setArray(field, target, values, values.length, double[].class);
      }
      case LONGS -> {
        long[] values = new long[in.readInt()];
        for (int i = 0; i < values.length; i++) {
          values[i] = in.readLong();
        }
        setArray(field, target, values, values.length, long[].class);
      }
      case INTS -> {
        int[] values = new int[in.readInt()];
        for (int i = 0; i < values.length; i++) {
          values[i] = in.readInt();
        }
        setArray(field, target, values, values.length, int[].class);
      }
      case BOOLEANS -> {
        boolean[] values = new boolean[in.readInt()];
        for (int i = 0; i < values.length; i++) {
          values[i] = in.readBoolean();
        }
        setArray(field, target, values, values.length, boolean[].class);
      }
      case OBJECT -> {
        if (field == null || field.getType().isArray()) {
          skipObject(in);
        } else {
          readInto(get(field, target), in);
        }
      }
      case OBJECTS -> {
        int length = in.readInt();
        Object[] existing =
            field == null || !field.getType().isArray() ? null : (Object[]) get(field, target);
        if (existing != null && existing.length != length) {
          throw new IOException(
              "state of "
                  + field.getDeclaringClass().getSimpleName()
                  + "."
                  + field.getName()
                  + " has "
                  + length
                  + " entries, the job's has "
                  + existing.length);
        }
        for (int i = 0; i < length; i++) {
          if (existing == null) {
            skipObject(in);
          } else {
            readInto(existing[i], in);
          }
        }
      }
      default -> throw new IOException("unknown state tag " + tag);
    }
  }

  private static void skipObject(DataInputView in) throws IOException {
    int count = in.readUnsignedShort();
    for (int i = 0; i < count; i++) {
      in.readUTF();
      readValue(null, null, in);
    }
  }

  private static void set(Field field, Object target, Object value, Class<?> type)
      throws IOException {
    if (field == null || target == null || field.getType() != type) {
      return;
    }
    try {
      field.set(target, value);
    } catch (IllegalAccessException e) {
      throw new IOException("cannot restore " + field, e);
    }
  }

  private static void setArray(Field field, Object target, Object values, int length, Class<?> type)
      throws IOException {
    if (field == null || target == null || field.getType() != type) {
      return;
    }
    Object existing = get(field, target);
    if (Modifier.isFinal(field.getModifiers())) {
      int expected = java.lang.reflect.Array.getLength(existing);
      if (expected != length) {
        throw new IOException(
            "state of "
                + field.getDeclaringClass().getSimpleName()
                + "."
                + field.getName()
                + " has "
                + length
                + " values, the job's has "
                + expected);
      }
      System.arraycopy(values, 0, existing, 0, length);
    } else {
      set(field, target, values, type);
    }
  }

  private static Field find(List<Field> fields, String name) {
    for (Field field : fields) {
      if (field.getName().equals(name)) {
        return field;
      }
    }
    return null;
  }

  private static Object get(Field field, Object target) throws IOException {
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new IOException("cannot read " + field, e);
    }
  }

  private static List<Field> fieldsOf(Class<?> type) {
    return FIELDS.computeIfAbsent(type, FieldState::stateFields);
  }

  private static List<Field> stateFields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
          continue;
        }
        if (Modifier.isFinal(modifiers) && !isStateContainer(field.getType())) {
          continue;
        }
        if (!Modifier.isFinal(modifiers) && !isValue(field.getType())) {
          throw new IllegalArgumentException(
              "cannot snapshot " + field + ": a mutable field must be a primitive or an array");
        }
        field.setAccessible(true);
        fields.add(field);
      }
    }
    return List.copyOf(fields);
  }

  private static boolean isValue(Class<?> type) {
    return type.isPrimitive()
        || type == double[].class
        || type == long[].class
        || type == int[].class
        || type == boolean[].class;
  }

  /** Primitive arrays and machines of {@code io.breadthflow} (and arrays of them). */
  private static boolean isStateContainer(Class<?> type) {
    if (type.isArray()) {
      Class<?> component = type.getComponentType();
      return component.isPrimitive() || isMachine(component);
    }
    return isMachine(type);
  }

  private static boolean isMachine(Class<?> type) {
    return !type.isPrimitive()
        && !type.isRecord()
        && !type.isEnum()
        && type.getName().startsWith("io.breadthflow.");
  }
}
