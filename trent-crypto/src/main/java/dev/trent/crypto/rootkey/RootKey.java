package dev.trent.crypto.rootkey;

import dev.trent.crypto.HmacSha256;
import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.aead.AesGcmJce;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The 256-bit key that wraps every piece of key material before it reaches storage.
 *
 * <p>Wrapped form (version 2): {@code 0x02 | root-key id(8) | iv(12) | ciphertext | tag(16)},
 * AES-256-GCM with the header (version and id) followed by the record's identity (key ARN and
 * material id) as associated data, so a row copied onto another key fails to unwrap. The id names
 * the root key that wrapped the item, so a root-key rotation knows which items it has re-wrapped.
 * Version 1 ({@code 0x01 | iv | ciphertext | tag}, identity alone as associated data), written
 * before rotation existed, still unwraps.
 *
 * <p>The {@linkplain #check() check value} is HMAC-SHA-256 of a fixed label under the key: stored
 * with the data, it lets a start with the wrong key be refused without revealing anything about the
 * key. Immutable and thread-safe.
 */
public final class RootKey {
  private static final byte VERSION_1 = 0x01;
  private static final byte VERSION_2 = 0x02;
  public static final int ID_LENGTH = 8;
  private static final int HEADER_2 = 1 + ID_LENGTH;
  private static final byte[] CHECK_LABEL = "trent root key check v1".getBytes(StandardCharsets.UTF_8);

  private final AesGcmJce aead;
  private final SecretBytes key;
  private final Randomness randomness;
  private final byte[] check;
  private final byte[] id;

  public RootKey(SecretBytes key, Randomness randomness) {
    if (key.length() != 32) {
      throw new IllegalArgumentException("the root key must be 256 bits");
    }
    this.aead = new AesGcmJce(key);
    this.key = SecretBytes.copyOf(key.toByteArray());
    this.randomness = randomness;
    this.check = mac(CHECK_LABEL);
    this.id = Arrays.copyOf(check, ID_LENGTH);
  }

  public byte[] wrap(SecretBytes material, byte[] associatedData) {
    byte[] iv = randomness.bytes(AesGcmJce.IV_LENGTH);
    byte[] header = ByteBuffer.allocate(HEADER_2).put(VERSION_2).put(id).array();
    byte[] raw = material.toByteArray();
    try {
      byte[] sealed = aead.seal(iv, raw, concat(header, associatedData));
      return ByteBuffer.allocate(header.length + iv.length + sealed.length).put(header).put(iv).put(sealed)
          .array();
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** Unwraps; a wrong key, altered bytes or other associated data throw. */
  public SecretBytes unwrap(byte[] wrapped, byte[] associatedData) throws GeneralSecurityException {
    if (wrapped.length > 0 && wrapped[0] == VERSION_2) {
      if (wrapped.length < HEADER_2 + AesGcmJce.IV_LENGTH + AesGcmJce.TAG_LENGTH
          || !HmacSha256.constantTimeEquals(Arrays.copyOfRange(wrapped, 1, HEADER_2), id)) {
        throw new GeneralSecurityException("malformed wrapped key material, or another root key's");
      }
      byte[] iv = Arrays.copyOfRange(wrapped, HEADER_2, HEADER_2 + AesGcmJce.IV_LENGTH);
      byte[] sealed = Arrays.copyOfRange(wrapped, HEADER_2 + AesGcmJce.IV_LENGTH, wrapped.length);
      return aead.open(iv, sealed, concat(Arrays.copyOf(wrapped, HEADER_2), associatedData));
    }
    if (wrapped.length < 1 + AesGcmJce.IV_LENGTH + AesGcmJce.TAG_LENGTH || wrapped[0] != VERSION_1) {
      throw new GeneralSecurityException("malformed wrapped key material");
    }
    byte[] iv = Arrays.copyOfRange(wrapped, 1, 1 + AesGcmJce.IV_LENGTH);
    byte[] sealed = Arrays.copyOfRange(wrapped, 1 + AesGcmJce.IV_LENGTH, wrapped.length);
    return aead.open(iv, sealed, associatedData);
  }

  /**
   * The id (hex) of the root key that wrapped this item, or empty for a version-1 item, which
   * names none.
   */
  public static Optional<String> wrappedBy(byte[] wrapped) {
    if (wrapped.length >= HEADER_2 && wrapped[0] == VERSION_2) {
      return Optional.of(HexFormat.of().formatHex(wrapped, 1, HEADER_2));
    }
    return Optional.empty();
  }

  /** This key's id, 16 hex digits: the first 8 bytes of the check value. Not secret. */
  public String id() {
    return HexFormat.of().formatHex(id);
  }

  /** The check value, HMAC-SHA-256(key, "trent root key check v1"). Not secret. */
  public byte[] check() {
    return check.clone();
  }

  /** Constant-time: is {@code stored} this key's check value? */
  public boolean matches(byte[] stored) {
    return HmacSha256.constantTimeEquals(check, stored);
  }

  /**
   * A 256-bit key for another purpose (e.g. backups), HMAC-SHA-256(key, label): independent of the
   * wrapping key and of other labels. The caller owns and wipes it.
   */
  public SecretBytes derive(String label) {
    if (Arrays.equals(label.getBytes(StandardCharsets.UTF_8), CHECK_LABEL)) {
      throw new IllegalArgumentException("that label is the check value's");
    }
    return SecretBytes.adopt(mac(label.getBytes(StandardCharsets.UTF_8)));
  }

  private static final byte[] TRANSPORT_AAD = "trent root key transport v1".getBytes(StandardCharsets.UTF_8);

  /**
   * This key wrapped under {@code keyEncryptionKey}, for a passphrase-protected backup: the data's
   * root key travels inside the backup so it can be restored under another root key.
   */
  public byte[] wrapUnder(RootKey keyEncryptionKey) {
    try (SecretBytes raw = exportForStorage()) {
      return keyEncryptionKey.wrap(raw, TRANSPORT_AAD);
    }
  }

  /** The inverse of {@link #wrapUnder}; throws when the key or the bytes are wrong. */
  public static RootKey unwrapFrom(RootKey keyEncryptionKey, byte[] wrapped, Randomness randomness)
      throws GeneralSecurityException {
    try (SecretBytes raw = keyEncryptionKey.unwrap(wrapped, TRANSPORT_AAD)) {
      if (raw.length() != 32) {
        throw new GeneralSecurityException("a transported root key is not 256 bits");
      }
      return new RootKey(raw, randomness);
    }
  }

  /** The raw key, for the one place that must persist it (a key file); the caller wipes it. */
  SecretBytes exportForStorage() {
    return SecretBytes.copyOf(key.toByteArray());
  }

  private byte[] mac(byte[] label) {
    byte[] raw = key.toByteArray();
    try {
      return HmacSha256.compute(raw, label);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
  }

  @Override
  public String toString() {
    return "RootKey[redacted]";
  }
}
