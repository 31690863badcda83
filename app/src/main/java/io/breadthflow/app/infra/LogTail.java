package io.breadthflow.app.infra;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file, read from its end (logs grow large). */
final class LogTail {
  private static final int CHUNK = 64 * 1024;

  private LogTail() {}

  static List<String> last(Path file, int lines) throws IOException {
    try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
      long end = in.length();
      long start = end;
      int newlines = 0;
      byte[] buffer = new byte[CHUNK];
      while (start > 0 && newlines <= lines) {
        int size = (int) Math.min(CHUNK, start);
        start -= size;
        in.seek(start);
        in.readFully(buffer, 0, size);
        for (int i = 0; i < size; i++) {
          if (buffer[i] == '\n') {
            newlines++;
          }
        }
      }
      byte[] tail = new byte[(int) (end - start)];
      in.seek(start);
      in.readFully(tail);
      List<String> all = Arrays.asList(new String(tail, StandardCharsets.UTF_8).split("\n", -1));
      if (!all.isEmpty() && all.get(all.size() - 1).isEmpty()) {
        all = all.subList(0, all.size() - 1);
      }
      return List.copyOf(all.subList(Math.max(0, all.size() - lines), all.size()));
    }
  }
}
