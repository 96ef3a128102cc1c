package dev.trent.crypto.blob;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * Version 1 of Trent's symmetric ciphertext blob; the layout is documented in
 * {@code docs/ciphertext-blob.md} and never changes silently (a new version byte is added).
 *
 * <pre>
 * version(1)=0x01 | account(12 ASCII digits) | keyIdLength(1) | keyId(ASCII) |
 * keyMaterialId(32) | salt(16) | iv(12) | ciphertext | tag(16)
 * </pre>
 *
 * Everything before the ciphertext is the header, authenticated as associated data.
 */
public record CiphertextBlob(
    String accountId, String keyId, byte[] keyMaterialId, byte[] salt, byte[] iv, byte[] sealed) {
  public static final byte VERSION_1 = 0x01;
  public static final int ACCOUNT_LENGTH = 12;
  public static final int MATERIAL_ID_LENGTH = 32;
  public static final int SALT_LENGTH = 16;
  public static final int IV_LENGTH = 12;
  public static final int TAG_LENGTH = 16;

  public CiphertextBlob {
    if (accountId.length() != ACCOUNT_LENGTH || !digits(accountId)) {
      throw new IllegalArgumentException("account id must be 12 digits");
    }
    if (keyId.isEmpty() || keyId.length() > 255 || !printableAscii(keyId)) {
      throw new IllegalArgumentException("key id must be 1..255 printable ASCII characters");
    }
    if (keyMaterialId.length != MATERIAL_ID_LENGTH
        || salt.length != SALT_LENGTH
        || iv.length != IV_LENGTH
        || sealed.length < TAG_LENGTH) {
      throw new IllegalArgumentException("malformed ciphertext blob fields");
    }
    keyMaterialId = keyMaterialId.clone();
    salt = salt.clone();
    iv = iv.clone();
    sealed = sealed.clone();
  }

  @Override
  public byte[] keyMaterialId() {
    return keyMaterialId.clone();
  }

  @Override
  public byte[] salt() {
    return salt.clone();
  }

  @Override
  public byte[] iv() {
    return iv.clone();
  }

  @Override
  public byte[] sealed() {
    return sealed.clone();
  }

  /** Parses a blob; any structural problem is a {@link GeneralSecurityException}. */
  public static CiphertextBlob parse(byte[] blob) throws GeneralSecurityException {
    try {
      ByteBuffer in = ByteBuffer.wrap(blob);
      if (in.get() != VERSION_1) {
        throw new GeneralSecurityException("unknown ciphertext version");
      }
      String account = ascii(in, ACCOUNT_LENGTH);
      if (!digits(account)) {
        throw new GeneralSecurityException("malformed account id");
      }
      String keyId = ascii(in, Byte.toUnsignedInt(in.get()));
      byte[] material = take(in, MATERIAL_ID_LENGTH);
      byte[] salt = take(in, SALT_LENGTH);
      byte[] iv = take(in, IV_LENGTH);
      if (in.remaining() < TAG_LENGTH) {
        throw new GeneralSecurityException("truncated ciphertext");
      }
      return new CiphertextBlob(account, keyId, material, salt, iv, take(in, in.remaining()));
    } catch (RuntimeException e) {
      throw new GeneralSecurityException("malformed ciphertext blob", e);
    }
  }

  /** The authenticated header: every field before the ciphertext. */
  public byte[] header() {
    byte[] key = keyId.getBytes(StandardCharsets.US_ASCII);
    return ByteBuffer.allocate(1 + ACCOUNT_LENGTH + 1 + key.length + MATERIAL_ID_LENGTH
            + SALT_LENGTH + IV_LENGTH)
        .put(VERSION_1)
        .put(accountId.getBytes(StandardCharsets.US_ASCII))
        .put((byte) key.length)
        .put(key)
        .put(keyMaterialId)
        .put(salt)
        .put(iv)
        .array();
  }

  public byte[] encode() {
    byte[] header = header();
    return ByteBuffer.allocate(header.length + sealed.length).put(header).put(sealed).array();
  }

  private static boolean digits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean printableAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static String ascii(ByteBuffer in, int length) {
    return new String(take(in, length), StandardCharsets.US_ASCII);
  }

  private static byte[] take(ByteBuffer in, int length) {
    byte[] out = new byte[length];
    in.get(out);
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CiphertextBlob b && Arrays.equals(encode(), b.encode());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(encode());
  }

  @Override
  public String toString() {
    return "CiphertextBlob[account=" + accountId + ", keyId=" + keyId + "]";
  }
}
