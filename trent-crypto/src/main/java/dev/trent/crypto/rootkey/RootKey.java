package dev.trent.crypto.rootkey;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.aead.AesGcmJce;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * The 256-bit key that wraps every piece of key material before it reaches storage.
 *
 * <p>Wrapped form: {@code version(1)=0x01 | iv(12) | ciphertext | tag(16)}, AES-256-GCM with the
 * record's identity (key ARN and material id) as associated data, so a row copied onto another
 * key fails to unwrap. Immutable and thread-safe.
 */
public final class RootKey {
  private static final byte VERSION_1 = 0x01;

  private final AesGcmJce aead;
  private final Randomness randomness;

  public RootKey(SecretBytes key, Randomness randomness) {
    if (key.length() != 32) {
      throw new IllegalArgumentException("the root key must be 256 bits");
    }
    this.aead = new AesGcmJce(key);
    this.randomness = randomness;
  }

  public byte[] wrap(SecretBytes material, byte[] associatedData) {
    byte[] iv = randomness.bytes(AesGcmJce.IV_LENGTH);
    byte[] raw = material.toByteArray();
    try {
      byte[] sealed = aead.seal(iv, raw, associatedData);
      return ByteBuffer.allocate(1 + iv.length + sealed.length).put(VERSION_1).put(iv).put(sealed).array();
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** Unwraps; a wrong key, altered bytes or other associated data throw. */
  public SecretBytes unwrap(byte[] wrapped, byte[] associatedData) throws GeneralSecurityException {
    if (wrapped.length < 1 + AesGcmJce.IV_LENGTH + AesGcmJce.TAG_LENGTH || wrapped[0] != VERSION_1) {
      throw new GeneralSecurityException("malformed wrapped key material");
    }
    byte[] iv = Arrays.copyOfRange(wrapped, 1, 1 + AesGcmJce.IV_LENGTH);
    byte[] sealed = Arrays.copyOfRange(wrapped, 1 + AesGcmJce.IV_LENGTH, wrapped.length);
    return aead.open(iv, sealed, associatedData);
  }

  @Override
  public String toString() {
    return "RootKey[redacted]";
  }
}
