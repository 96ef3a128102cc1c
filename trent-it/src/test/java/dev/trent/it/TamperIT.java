package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DecryptRequest;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;

/**
 * A ciphertext changed in any way must not decrypt (DESIGN §4: the header is authenticated, so is
 * the encryption context) and must fail one way only (STYLE 6): InvalidCiphertextException, never a
 * 500, never another error that tells the caller which part was wrong.
 */
@SharedTrent
class TamperIT {
  private static final Map<String, String> CONTEXT = Map.of("purpose", "tamper", "tenant", "t-1");
  /** The model's upper bound for CiphertextBlob; beyond it the answer is a ValidationException. */
  private static final int MAX_BLOB = 6144;

  private static TrentFixture trent;
  private static KmsClient kms;
  private static String keyId;
  private static byte[] blob;

  @BeforeAll
  static void start() {
    keyId = kms.createKey(r -> r.description("tamper")).keyMetadata().keyId();
    blob = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("attack at dawn"))
        .encryptionContext(CONTEXT)).ciphertextBlob().asByteArray();
  }

  @Test
  void untouchedBlob_decrypts() {
    assertThat(kms.decrypt(r -> r.ciphertextBlob(SdkBytes.fromByteArray(blob)).encryptionContext(CONTEXT))
        .plaintext().asUtf8String()).isEqualTo("attack at dawn");
  }

  @Test
  void everyByteFlippedInLowBit_isInvalidCiphertext() {
    assertEveryVariantRefused(flipped(0x01), r -> { });
  }

  @Test
  void everyByteFlippedInHighBit_isInvalidCiphertext() {
    assertEveryVariantRefused(flipped(0x80), r -> { });
  }

  @Test
  void everyByteFlipped_withKeyIdGiven_isInvalidCiphertext() {
    assertEveryVariantRefused(flipped(0x01), r -> r.keyId(keyId));
  }

  @Test
  void everyTruncation_isInvalidCiphertext() {
    List<byte[]> variants = new ArrayList<>();
    for (int length = 1; length < blob.length; length++) {
      variants.add(Arrays.copyOf(blob, length));
    }
    // Cut from the front as well: the header no longer starts where it should.
    for (int start = 1; start < blob.length; start++) {
      variants.add(Arrays.copyOfRange(blob, start, blob.length));
    }
    assertEveryVariantRefused(variants, r -> { });
  }

  @Test
  void extendedBlob_isInvalidCiphertext() {
    List<byte[]> variants = new ArrayList<>();
    for (int extra : new int[] {1, 2, 15, 16, 17, 100, MAX_BLOB - blob.length}) {
      byte[] zeros = Arrays.copyOf(blob, blob.length + extra);
      variants.add(zeros);
      byte[] copies = Arrays.copyOf(blob, blob.length + extra);
      for (int i = blob.length; i < copies.length; i++) {
        copies[i] = blob[i % blob.length];
      }
      variants.add(copies);
    }
    byte[] prefixed = new byte[blob.length + 1];
    System.arraycopy(blob, 0, prefixed, 1, blob.length);
    variants.add(prefixed);
    byte[] doubled = Arrays.copyOf(blob, blob.length * 2);
    System.arraycopy(blob, 0, doubled, blob.length, blob.length);
    variants.add(doubled);
    assertEveryVariantRefused(variants, r -> { });
  }

  @Test
  void splicedOrNoiseBlob_isInvalidCiphertext() {
    String otherKey = kms.createKey(r -> r.description("other")).keyMetadata().keyId();
    byte[] other = kms.encrypt(r -> r.keyId(otherKey).plaintext(SdkBytes.fromUtf8String("x"))
        .encryptionContext(CONTEXT)).ciphertextBlob().asByteArray();
    // Our header spliced onto another key's ciphertext and tag.
    byte[] spliced = Arrays.copyOf(blob, blob.length);
    System.arraycopy(other, other.length - 17, spliced, spliced.length - 17, 17);
    byte[] noise = new byte[blob.length];
    new Random(42).nextBytes(noise);
    assertEveryVariantRefused(List.of(spliced, noise, new byte[] {1}, new byte[] {0}, new byte[blob.length]),
        r -> { });
  }

  private static List<byte[]> flipped(int mask) {
    List<byte[]> variants = new ArrayList<>();
    for (int i = 0; i < blob.length; i++) {
      byte[] copy = blob.clone();
      copy[i] ^= (byte) mask;
      variants.add(copy);
    }
    return variants;
  }

  private static void assertEveryVariantRefused(List<byte[]> variants, Consumer<DecryptRequest.Builder> extra) {
    for (int i = 0; i < variants.size(); i++) {
      byte[] variant = variants.get(i);
      assertThatThrownBy(() -> kms.decrypt(r -> {
        r.ciphertextBlob(SdkBytes.fromByteArray(variant)).encryptionContext(CONTEXT);
        extra.accept(r);
      }))
          .as("variant %d of %d (%d bytes)", i, variants.size(), variant.length)
          .isInstanceOf(InvalidCiphertextException.class);
    }
  }
}
