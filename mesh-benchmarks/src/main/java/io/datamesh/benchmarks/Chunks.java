package io.datamesh.benchmarks;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** An in-memory byte sink of 4 MiB chunks (no 2 GiB limit, no copying on growth) that can be read back. */
final class Chunks extends OutputStream {
  private static final int CHUNK = 4 << 20;
  private final List<byte[]> chunks = new ArrayList<>();
  private int used = CHUNK;
  private long size;

  @Override
  public void write(int b) {
    if (used == CHUNK) {
      chunks.add(new byte[CHUNK]);
      used = 0;
    }
    chunks.get(chunks.size() - 1)[used++] = (byte) b;
    size++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    while (len > 0) {
      if (used == CHUNK) {
        chunks.add(new byte[CHUNK]);
        used = 0;
      }
      int n = Math.min(len, CHUNK - used);
      System.arraycopy(b, off, chunks.get(chunks.size() - 1), used, n);
      used += n;
      off += n;
      len -= n;
      size += n;
    }
  }

  long size() {
    return size;
  }

  InputStream input() {
    return new InputStream() {
      private long pos;

      @Override
      public int read() {
        if (pos >= size) {
          return -1;
        }
        byte b = chunks.get((int) (pos / CHUNK))[(int) (pos % CHUNK)];
        pos++;
        return b & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (pos >= size) {
          return -1;
        }
        int n = (int) Math.min(Math.min(len, CHUNK - pos % CHUNK), size - pos);
        System.arraycopy(chunks.get((int) (pos / CHUNK)), (int) (pos % CHUNK), b, off, n);
        pos += n;
        return n;
      }
    };
  }
}
