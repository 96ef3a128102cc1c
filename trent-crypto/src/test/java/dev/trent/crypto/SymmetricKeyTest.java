package dev.trent.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.blob.CiphertextBlob;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link SymmetricKey}: the SYMMETRIC_DEFAULT encrypt/decrypt of {@code docs/ciphertext-blob.md}. */
class SymmetricKeyTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final String ACCOUNT = "111122223333";
  private static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";
  private static final byte[] MATERIAL_ID = range(0x40, 32);
  private static final byte[] MATERIAL = range(0x80, 32);
  private static final Map<String, String> CONTEXT = Map.of("purpose", "test", "dept", "\u00fc");
  private static final SecretBytes PLAINTEXT =
      SecretBytes.copyOf("hello trent".getBytes(StandardCharsets.UTF_8));

  private final SymmetricKey key = symmetricKey(ACCOUNT, KEY_ID, MATERIAL_ID, MATERIAL, Randomness.system());

  /**
   * Computed with Python 3 ({@code hmac}, {@code hashlib}, and {@code cryptography}'s AESGCM)
   * from the documented format alone: salt = bytes 0x00..0x0f and IV = 0x10..0x1b (the first 28
   * bytes of {@link InsecureSequenceRandomness}); one-time key = SP 800-108 counter-mode
   * HMAC-SHA-256 of the material with label "trent symmetric v1", context = salt, L = 256; AAD =
   * header || canonical context; blob = header || AESGCM(one-time key).encrypt(iv, plaintext,
   * aad).
   */
  private static final String KNOWN_BLOB_HEX =
      "013131313132323232333333332431323334616263642d313261622d333463642d353665662d3132333435"
          + "36373839306162404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f0001"
          + "02030405060708090a0b0c0d0e0f101112131415161718191a1b4fa36b1c6b325b62dd534b2ed88302"
          + "3467c2f13017ad78a3546fc3";

  @Test
  void deterministicRandomness_producesIndependentlyComputedBlob() {
    SymmetricKey deterministic =
        symmetricKey(ACCOUNT, KEY_ID, MATERIAL_ID, MATERIAL, new InsecureSequenceRandomness());

    assertThat(HEX.formatHex(deterministic.encrypt(PLAINTEXT, CONTEXT))).isEqualTo(KNOWN_BLOB_HEX);
  }

  @Test
  void knownBlob_decryptsToPlaintext() throws GeneralSecurityException {
    CiphertextBlob blob = CiphertextBlob.parse(HEX.parseHex(KNOWN_BLOB_HEX));

    assertThat(key.decrypt(blob, CONTEXT)).isEqualTo(PLAINTEXT);
  }

  @Test
  void sameDeterministicRandomness_producesSameBlob() {
    byte[] first = symmetricKey(ACCOUNT, KEY_ID, MATERIAL_ID, MATERIAL, new InsecureSequenceRandomness(7))
        .encrypt(PLAINTEXT, CONTEXT);
    byte[] second = symmetricKey(ACCOUNT, KEY_ID, MATERIAL_ID, MATERIAL, new InsecureSequenceRandomness(7))
        .encrypt(PLAINTEXT, CONTEXT);

    assertThat(first).isEqualTo(second);
  }

  @Test
  void systemRandomness_neverRepeatsABlob() {
    assertThat(key.encrypt(PLAINTEXT, CONTEXT)).isNotEqualTo(key.encrypt(PLAINTEXT, CONTEXT));
  }

  @Test
  void encrypt_thenDecrypt_returnsPlaintext() throws GeneralSecurityException {
    byte[] encoded = key.encrypt(PLAINTEXT, CONTEXT);

    try (SecretBytes decrypted = key.decrypt(CiphertextBlob.parse(encoded), CONTEXT)) {
      assertThat(decrypted).isEqualTo(PLAINTEXT);
    }
  }

  @Test
  void emptyPlaintextAndNoContext_roundTrip() throws GeneralSecurityException {
    byte[] encoded = key.encrypt(SecretBytes.copyOf(new byte[0]), null);

    assertThat(key.decrypt(CiphertextBlob.parse(encoded), Map.of()).length()).isZero();
  }

  @Test
  void blob_namesAccountKeyAndMaterial() throws GeneralSecurityException {
    CiphertextBlob blob = CiphertextBlob.parse(key.encrypt(PLAINTEXT, CONTEXT));

    assertThat(blob.accountId()).isEqualTo(ACCOUNT);
    assertThat(blob.keyId()).isEqualTo(KEY_ID);
    assertThat(blob.keyMaterialId()).isEqualTo(MATERIAL_ID);
    assertThat(blob.sealed()).hasSize(PLAINTEXT.length() + 16);
  }

  @Test
  void wrongContext_isRejected() throws GeneralSecurityException {
    CiphertextBlob blob = CiphertextBlob.parse(key.encrypt(PLAINTEXT, CONTEXT));

    assertRejected(key, blob, Map.of("purpose", "test", "dept", "u"));
    assertRejected(key, blob, Map.of("purpose", "test"));
    assertRejected(key, blob, Map.of("purpose", "test", "dept", "\u00fc", "extra", ""));
    assertRejected(key, blob, Map.of());
    assertRejected(key, blob, null);
  }

  @Test
  void contextGivenOnlyAtDecrypt_isRejected() throws GeneralSecurityException {
    CiphertextBlob blob = CiphertextBlob.parse(key.encrypt(PLAINTEXT, null));

    assertRejected(key, blob, CONTEXT);
  }

  @Test
  void otherKeyIdAccountOrMaterialId_isRejected() throws GeneralSecurityException {
    CiphertextBlob blob = CiphertextBlob.parse(key.encrypt(PLAINTEXT, CONTEXT));
    byte[] otherMaterialId = MATERIAL_ID.clone();
    otherMaterialId[31] ^= 1;

    assertRejected(symmetricKey(ACCOUNT, "other-key", MATERIAL_ID, MATERIAL, Randomness.system()), blob, CONTEXT);
    assertRejected(symmetricKey("444455556666", KEY_ID, MATERIAL_ID, MATERIAL, Randomness.system()), blob, CONTEXT);
    assertRejected(symmetricKey(ACCOUNT, KEY_ID, otherMaterialId, MATERIAL, Randomness.system()), blob, CONTEXT);
  }

  @Test
  void otherMaterialUnderSameIds_isRejected() throws GeneralSecurityException {
    CiphertextBlob blob = CiphertextBlob.parse(key.encrypt(PLAINTEXT, CONTEXT));
    byte[] otherMaterial = MATERIAL.clone();
    otherMaterial[0] ^= 1;

    assertRejected(symmetricKey(ACCOUNT, KEY_ID, MATERIAL_ID, otherMaterial, Randomness.system()), blob, CONTEXT);
  }

  @Test
  void anySingleFlippedBit_isRejected() {
    byte[] encoded = key.encrypt(PLAINTEXT, CONTEXT);
    for (int i = 0; i < encoded.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] tampered = encoded.clone();
        tampered[i] ^= (byte) (1 << bit);
        assertThatThrownBy(() -> key.decrypt(CiphertextBlob.parse(tampered), CONTEXT))
            .as("byte %d bit %d", i, bit)
            .isInstanceOf(GeneralSecurityException.class);
      }
    }
  }

  @Test
  void truncatedOrExtendedBlob_isRejected() {
    byte[] encoded = key.encrypt(PLAINTEXT, CONTEXT);
    for (int length = 0; length < encoded.length; length++) {
      byte[] truncated = Arrays.copyOf(encoded, length);
      assertThatThrownBy(() -> key.decrypt(CiphertextBlob.parse(truncated), CONTEXT))
          .isInstanceOf(GeneralSecurityException.class);
    }
    byte[] extended = Arrays.copyOf(encoded, encoded.length + 1);
    assertThatThrownBy(() -> key.decrypt(CiphertextBlob.parse(extended), CONTEXT))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void materialNot256Bits_isRefused() {
    assertThatThrownBy(() -> symmetricKey(ACCOUNT, KEY_ID, MATERIAL_ID, new byte[16], Randomness.system()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toString_doesNotRevealMaterial() {
    assertThat(key.toString()).isEqualTo("SymmetricKey[" + KEY_ID + ", redacted]");
  }

  private static void assertRejected(SymmetricKey key, CiphertextBlob blob, Map<String, String> context) {
    assertThatThrownBy(() -> key.decrypt(blob, context)).isInstanceOf(GeneralSecurityException.class);
  }

  private static SymmetricKey symmetricKey(
      String account, String keyId, byte[] materialId, byte[] material, Randomness randomness) {
    return new SymmetricKey(account, keyId, materialId, SecretBytes.copyOf(material), randomness);
  }

  private static byte[] range(int first, int length) {
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = (byte) (first + i);
    }
    return out;
  }
}
