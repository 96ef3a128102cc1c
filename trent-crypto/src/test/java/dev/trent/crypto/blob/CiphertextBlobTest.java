package dev.trent.crypto.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Version 1 of the ciphertext blob, as laid out in {@code docs/ciphertext-blob.md}. */
class CiphertextBlobTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final String ACCOUNT = "111122223333";
  private static final String KEY_ID = "1234abcd-12ab-34cd-56ef-1234567890ab";
  private static final byte[] MATERIAL_ID = range(0x40, 32);
  private static final byte[] SALT = range(0x00, 16);
  private static final byte[] IV = range(0x10, 12);
  private static final byte[] SEALED = range(0xc0, 20);

  /** The header written out by hand from the documented table (offsets 0, 1, 13, 14, 50, 82, 98). */
  private static final String HEADER_HEX =
      "01"
          + "313131313232323233333333"
          + "24"
          + "31323334616263642d313261622d333463642d353665662d313233343536373839306162"
          + "404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f"
          + "000102030405060708090a0b0c0d0e0f"
          + "101112131415161718191a1b";

  private final CiphertextBlob blob =
      new CiphertextBlob(ACCOUNT, KEY_ID, MATERIAL_ID, SALT, IV, SEALED);
  private final byte[] encoded = blob.encode();

  @Test
  void header_matchesDocumentedLayout() {
    assertThat(HEX.formatHex(blob.header())).isEqualTo(HEADER_HEX);
    assertThat(blob.header()).hasSize(74 + KEY_ID.length());
  }

  @Test
  void encode_isHeaderFollowedBySealed() {
    assertThat(HEX.formatHex(encoded)).isEqualTo(HEADER_HEX + HEX.formatHex(SEALED));
  }

  @Test
  void parse_ofEncoded_returnsEqualBlob() throws GeneralSecurityException {
    CiphertextBlob parsed = CiphertextBlob.parse(encoded);

    assertThat(parsed).isEqualTo(blob).hasSameHashCodeAs(blob);
    assertThat(parsed.accountId()).isEqualTo(ACCOUNT);
    assertThat(parsed.keyId()).isEqualTo(KEY_ID);
    assertThat(parsed.keyMaterialId()).isEqualTo(MATERIAL_ID);
    assertThat(parsed.salt()).isEqualTo(SALT);
    assertThat(parsed.iv()).isEqualTo(IV);
    assertThat(parsed.sealed()).isEqualTo(SEALED);
    assertThat(parsed.encode()).isEqualTo(encoded);
  }

  @Test
  void longestKeyIdAndTagOnly_roundTrip() throws GeneralSecurityException {
    String keyId = "k".repeat(255);
    CiphertextBlob tagOnly = new CiphertextBlob(ACCOUNT, keyId, MATERIAL_ID, SALT, IV, new byte[16]);

    assertThat(CiphertextBlob.parse(tagOnly.encode())).isEqualTo(tagOnly);
  }

  @Test
  void differentSealed_isNotEqual() {
    byte[] other = SEALED.clone();
    other[0] ^= 1;

    assertThat(new CiphertextBlob(ACCOUNT, KEY_ID, MATERIAL_ID, SALT, IV, other)).isNotEqualTo(blob);
  }

  @Test
  void toString_namesOnlyAccountAndKey() {
    assertThat(blob).hasToString("CiphertextBlob[account=" + ACCOUNT + ", keyId=" + KEY_ID + "]");
  }

  @Test
  void empty_isRejected() {
    assertRejected(new byte[0]);
  }

  @Test
  void nullInput_isRejected() {
    assertRejected(null);
  }

  @ParameterizedTest
  @ValueSource(ints = {0x00, 0x02, 0x7f, 0x80, 0xff})
  void unknownVersion_isRejected(int version) {
    byte[] bad = encoded.clone();
    bad[0] = (byte) version;

    assertRejected(bad);
  }

  @Test
  void everyTruncationShorterThanHeaderPlusTag_isRejected() {
    for (int length = 0; length < blob.header().length + 16; length++) {
      assertRejected(Arrays.copyOf(encoded, length));
    }
  }

  @Test
  void nonDigitInAccount_isRejected() {
    for (int i = 1; i <= 12; i++) {
      for (byte c : new byte[] {'a', ' ', '/', ':', 0, (byte) 0xb3}) {
        byte[] bad = encoded.clone();
        bad[i] = c;
        assertRejected(bad);
      }
    }
  }

  @Test
  void keyIdLengthZero_isRejected() {
    byte[] bad = encoded.clone();
    bad[13] = 0;

    assertRejected(bad);
  }

  @ParameterizedTest
  @ValueSource(ints = {0xff, 0x80, 36 + 32 + 16 + 12 + 20 + 1, 36 + 32 + 16 + 12 + 20, 36 + 5})
  void keyIdLengthPastTheData_isRejected(int keyIdLength) {
    // The data after the length byte holds 36 + 32 + 16 + 12 + 20 bytes; every length here leaves
    // too little for the fixed fields or for the 16-byte tag.
    byte[] bad = encoded.clone();
    bad[13] = (byte) keyIdLength;

    assertRejected(bad);
  }

  @Test
  void randomlyMutatedBlobs_parseOrFailWithGeneralSecurityException() {
    Random random = new Random(20261128L);
    for (int round = 0; round < 5_000; round++) {
      byte[] mutated = Arrays.copyOf(encoded, random.nextInt(encoded.length + 40));
      for (int flips = random.nextInt(4); flips >= 0; flips--) {
        if (mutated.length > 0) {
          mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
        }
      }
      assertThatCode(() -> parseOrSecurityFailure(mutated)).doesNotThrowAnyException();
    }
  }

  @Test
  void constructor_rejectsMalformedFields() {
    assertThatThrownBy(() -> new CiphertextBlob("12345678901", KEY_ID, MATERIAL_ID, SALT, IV, SEALED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CiphertextBlob(ACCOUNT, "", MATERIAL_ID, SALT, IV, SEALED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CiphertextBlob(ACCOUNT, "k".repeat(256), MATERIAL_ID, SALT, IV, SEALED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CiphertextBlob(ACCOUNT, KEY_ID, new byte[31], SALT, IV, SEALED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CiphertextBlob(ACCOUNT, KEY_ID, MATERIAL_ID, new byte[15], IV, SEALED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CiphertextBlob(ACCOUNT, KEY_ID, MATERIAL_ID, SALT, new byte[16], SEALED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CiphertextBlob(ACCOUNT, KEY_ID, MATERIAL_ID, SALT, IV, new byte[15]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void parseOrSecurityFailure(byte[] bytes) {
    try {
      CiphertextBlob.parse(bytes);
    } catch (GeneralSecurityException expected) {
      // The one permitted way to fail.
    }
  }

  private static void assertRejected(byte[] bytes) {
    assertThatThrownBy(() -> CiphertextBlob.parse(bytes))
        .as("parse of %s", bytes == null ? "null" : HEX.formatHex(bytes))
        .isInstanceOf(GeneralSecurityException.class);
  }

  private static byte[] range(int first, int length) {
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = (byte) (first + i);
    }
    return out;
  }
}
