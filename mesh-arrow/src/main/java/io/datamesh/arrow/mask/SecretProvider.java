package io.datamesh.arrow.mask;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import java.util.HashMap;
import java.util.Map;

/**
 * Resolves the secret key of a key id for keyed hashing. Rotating a key means a new key id, so that hashes made
 * under one key id stay stable and join.
 *
 * <pre>{@code
 * SecretProvider secrets = SecretProvider.of(Map.of("k-2024", System.getenv("MASK_KEY").getBytes(UTF_8)));
 * }</pre>
 */
@FunctionalInterface
public interface SecretProvider {
  /**
   * Returns the key of a key id.
   *
   * @param keyId the key id
   * @return the key bytes, at least 16
   * @throws MeshException {@code FAILED_PRECONDITION} if the key id is unknown
   */
  byte[] key(String keyId);

  /**
   * Returns a provider over fixed keys.
   *
   * @param keys the keys by key id; copied
   * @return the provider
   * @throws IllegalArgumentException if a key is shorter than 16 bytes
   */
  static SecretProvider of(Map<String, byte[]> keys) {
    Map<String, byte[]> copy = new HashMap<>();
    keys.forEach((id, key) -> {
      if (key.length < 16) {
        throw new IllegalArgumentException("the key of key id '" + id + "' has " + key.length
            + " bytes; keyed hashing needs at least 16");
      }
      copy.put(id, key.clone());
    });
    return keyId -> {
      byte[] key = copy.get(keyId);
      if (key == null) {
        throw new MeshException(MeshStatus.FAILED_PRECONDITION, "no secret for key id '" + keyId + "'; the"
            + " SecretProvider knows " + new java.util.TreeSet<>(copy.keySet()));
      }
      return key.clone();
    };
  }

  /**
   * Returns the provider that knows no key: every hash mask fails.
   *
   * @return the empty provider
   */
  static SecretProvider none() {
    return of(Map.of());
  }
}
