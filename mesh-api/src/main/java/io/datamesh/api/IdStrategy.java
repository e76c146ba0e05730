package io.datamesh.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Turns a DPDS URN into the product or port id.
 *
 * <p>{@link #UUID_V5} (the default) is the RFC 9562 name-based UUID, version 5 (SHA-1), of the URN's UTF-8 bytes in
 * the URL namespace {@code 6ba7b811-9dad-11d1-80b4-00c04fd430c8}. {@link #OPEN_DATA_MESH} computes the ids the Open
 * Data Mesh platform uses, {@link UUID#nameUUIDFromBytes(byte[])} (version 3, MD5, no namespace).
 *
 * <p>{@code UUID id = IdStrategy.UUID_V5.id("urn:dpds:com.example:dataproducts:orders:1");}
 */
public enum IdStrategy {
  /** RFC 9562 UUIDv5 of the URN in the URL namespace. */
  UUID_V5,
  /** The Open Data Mesh platform's ids: {@code UUID.nameUUIDFromBytes(urn)}. */
  OPEN_DATA_MESH;

  private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  /**
   * Computes the id of a URN.
   *
   * @param urn the URN text, such as {@code urn:dpds:com.example:dataproducts:orders:1}
   * @return the id
   */
  public UUID id(String urn) {
    byte[] name = urn.getBytes(StandardCharsets.UTF_8);
    return this == OPEN_DATA_MESH ? UUID.nameUUIDFromBytes(name) : v5(URL_NAMESPACE, name);
  }

  private static UUID v5(UUID namespace, byte[] name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new MeshException(MeshStatus.INTERNAL, "SHA-1 is missing from this JVM; every Java SE JVM has it", e);
    }
    sha1.update(toBytes(namespace));
    byte[] hash = sha1.digest(name);
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // RFC 9562 variant
    return new UUID(toLong(hash, 0), toLong(hash, 8));
  }

  private static byte[] toBytes(UUID uuid) {
    byte[] out = new byte[16];
    for (int i = 0; i < 8; i++) {
      out[i] = (byte) (uuid.getMostSignificantBits() >>> (56 - 8 * i));
      out[8 + i] = (byte) (uuid.getLeastSignificantBits() >>> (56 - 8 * i));
    }
    return out;
  }

  private static long toLong(byte[] bytes, int from) {
    long v = 0;
    for (int i = from; i < from + 8; i++) {
      v = (v << 8) | (bytes[i] & 0xff);
    }
    return v;
  }
}
