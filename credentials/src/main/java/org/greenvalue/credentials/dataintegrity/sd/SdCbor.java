package org.greenvalue.credentials.dataintegrity.sd;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CBOR (RFC 8949) subset that ecdsa-sd-2023 proof values use: unsigned integers, byte and text
 * strings, arrays, and maps with integer keys, all of definite length and in the shortest form. The
 * reader refuses anything else, and any length beyond what the input can hold, before it allocates.
 */
final class SdCbor {

  private SdCbor() {}

  /** Encodes bytes, strings, integers, lists and integer-keyed maps. */
  static final class Writer {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Writer raw(byte... bytes) {
      out.writeBytes(bytes);
      return this;
    }

    Writer uint(long value) {
      head(0, value);
      return this;
    }

    Writer bytes(byte[] value) {
      head(2, value.length);
      out.writeBytes(value);
      return this;
    }

    Writer text(String value) {
      byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
      head(3, utf8.length);
      out.writeBytes(utf8);
      return this;
    }

    Writer array(int size) {
      head(4, size);
      return this;
    }

    Writer map(int size) {
      head(5, size);
      return this;
    }

    byte[] toByteArray() {
      return out.toByteArray();
    }

    private void head(int major, long value) {
      int type = major << 5;
      if (value < 24) {
        out.write(type | (int) value);
      } else if (value < 0x100) {
        out.write(type | 24);
        out.write((int) value);
      } else if (value < 0x10000) {
        out.write(type | 25);
        out.write((int) (value >> 8));
        out.write((int) value);
      } else {
        out.write(type | 26);
        for (int shift = 24; shift >= 0; shift -= 8) {
          out.write((int) (value >> shift));
        }
      }
    }
  }

  /** Thrown for input outside the subset; callers turn it into a refusal. */
  static final class Malformed extends Exception {
    Malformed(String message) {
      super(message);
    }
  }

  /** Reads the subset from a byte array, position by position. */
  static final class Reader {
    private final byte[] in;
    private int pos;

    Reader(byte[] in, int offset) {
      this.in = in;
      this.pos = offset;
    }

    boolean atEnd() {
      return pos == in.length;
    }

    long uint() throws Malformed {
      return head(0);
    }

    byte[] bytes() throws Malformed {
      int length = length(head(2));
      byte[] value = java.util.Arrays.copyOfRange(in, pos, pos + length);
      pos += length;
      return value;
    }

    String text() throws Malformed {
      int length = length(head(3));
      String value = new String(in, pos, length, StandardCharsets.UTF_8);
      pos += length;
      return value;
    }

    /** An array header; every element takes at least one byte, so a size beyond that is false. */
    int array() throws Malformed {
      return length(head(4));
    }

    int map() throws Malformed {
      return length(head(5));
    }

    List<byte[]> byteStrings() throws Malformed {
      int size = array();
      var list = new ArrayList<byte[]>(size);
      for (int i = 0; i < size; i++) {
        list.add(bytes());
      }
      return list;
    }

    Map<Integer, byte[]> intKeyedBytes() throws Malformed {
      int size = map();
      var map = new TreeMap<Integer, byte[]>();
      for (int i = 0; i < size; i++) {
        long key = uint();
        if (key > Integer.MAX_VALUE || map.put((int) key, bytes()) != null) {
          throw new Malformed("label map key repeated or out of range");
        }
      }
      return map;
    }

    private int length(long value) throws Malformed {
      if (value > in.length - pos) {
        throw new Malformed("a length runs past the end of the proof value");
      }
      return (int) value;
    }

    private long head(int expectedMajor) throws Malformed {
      if (pos >= in.length) {
        throw new Malformed("the proof value ends early");
      }
      int initial = in[pos++] & 0xff;
      int major = initial >> 5;
      int info = initial & 0x1f;
      if (major != expectedMajor) {
        throw new Malformed("expected CBOR major type " + expectedMajor + ", got " + major);
      }
      if (info < 24) {
        return info;
      }
      int size =
          switch (info) {
            case 24 -> 1;
            case 25 -> 2;
            case 26 -> 4;
            default -> throw new Malformed("unsupported CBOR length encoding " + info);
          };
      if (pos + size > in.length) {
        throw new Malformed("the proof value ends early");
      }
      long value = 0;
      for (int i = 0; i < size; i++) {
        value = (value << 8) | (in[pos++] & 0xff);
      }
      long shortest = size == 1 ? 24 : size == 2 ? 0x100 : 0x10000;
      if (value < shortest) {
        throw new Malformed("CBOR integer not in its shortest form");
      }
      return value;
    }
  }
}
