package io.breadthflow.stream.bar;

/**
 * The last {@code capacity} trade fingerprints, as a set: a ring buffer for the order of eviction
 * and an open-addressing hash table (linear probing, backward-shift deletion) for lookups; 0, the
 * table's empty mark, is kept in a flag. No allocation per trade.
 */
final class RecentFingerprints {
  private static final long EMPTY = 0;
  private final long[] ring;
  private final long[] table;
  private final int mask;
  private int next;
  private int size;
  private boolean zeroRemembered;

  RecentFingerprints(int capacity) {
    ring = new long[capacity];
    int slots = Integer.highestOneBit(capacity * 4 - 1) << 1;
    table = new long[slots];
    mask = slots - 1;
  }

  /** Remembers {@code fingerprint}; false when it is already among the remembered ones. */
  boolean add(long fingerprint) {
    if (contains(fingerprint)) {
      return false;
    }
    if (size == ring.length) {
      remove(ring[next]);
    } else {
      size++;
    }
    if (fingerprint == EMPTY) {
      zeroRemembered = true;
    } else {
      table[insertSlot(fingerprint)] = fingerprint;
    }
    ring[next] = fingerprint;
    next = (next + 1) % ring.length;
    return true;
  }

  /** The capacity: how many fingerprints are remembered at most. */
  int capacity() {
    return ring.length;
  }

  /** The remembered fingerprints, oldest first. */
  long[] oldestFirst() {
    long[] out = new long[size];
    int first = size == ring.length ? next : 0;
    for (int i = 0; i < size; i++) {
      out[i] = ring[(first + i) % ring.length];
    }
    return out;
  }

  private boolean contains(long key) {
    if (key == EMPTY) {
      return zeroRemembered;
    }
    int slot = slotOf(key);
    while (table[slot] != EMPTY) {
      if (table[slot] == key) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
    return false;
  }

  private int insertSlot(long key) {
    int slot = slotOf(key);
    while (table[slot] != EMPTY) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void remove(long key) {
    if (key == EMPTY) {
      zeroRemembered = false;
      return;
    }
    int slot = slotOf(key);
    while (table[slot] != key) {
      slot = (slot + 1) & mask;
    }
    int gap = slot;
    int probe = (gap + 1) & mask;
    while (table[probe] != EMPTY) {
      int home = slotOf(table[probe]);
      boolean movable = ((probe - home) & mask) >= ((probe - gap) & mask);
      if (movable) {
        table[gap] = table[probe];
        gap = probe;
      }
      probe = (probe + 1) & mask;
    }
    table[gap] = EMPTY;
  }

  private int slotOf(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
