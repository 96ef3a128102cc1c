package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.DecryptRequest;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;
import software.amazon.awssdk.services.kms.model.KmsException;

/**
 * A ciphertext changed in any way must not decrypt (DESIGN §4: the header is authenticated, so is
 * the encryption context) and must fail one way only (STYLE 6): InvalidCiphertextException, never a
 * 500, never another error that tells the caller which part was wrong.
 */
class TamperIT {
  private static final Map<String, String> CONTEXT = Map.of("purpose", "tamper", "tenant", "t-1");
  /** The model's upper bound for CiphertextBlob; beyond it the answer is a ValidationException. */
  private static final int MAX_BLOB = 6144;
  /** Where the account id starts: after the version byte; then the key id's length and the id. */
  private static final int IDENTITY_START = 1;
  private static final String UNKNOWN_KEY = "The ciphertext refers to a customer master key that does"
      + " not exist, does not exist in this region, or you are not allowed to access.";

  private static TrentFixture trent;
  private static KmsClient kms;
  private static String keyId;
  private static byte[] blob;

  @BeforeAll
  static void start() {
    trent = TrentFixture.dev();
    kms = trent.client();
    keyId = kms.createKey(r -> r.description("tamper")).keyMetadata().keyId();
    blob = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("attack at dawn"))
        .encryptionContext(CONTEXT)).ciphertextBlob().asByteArray();
  }

  @AfterAll
  static void stop() {
    kms.close();
    trent.close();
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

  /**
   * Every variant must be refused with InvalidCiphertextException, except that one whose header
   * now names a key that is not here (account id, key id or its length byte changed) may get what
   * AWS answers for a ciphertext of a key it does not have: AccessDeniedException with AWS's text.
   */
  private static void assertEveryVariantRefused(List<byte[]> variants, Consumer<DecryptRequest.Builder> extra) {
    for (int i = 0; i < variants.size(); i++) {
      byte[] variant = variants.get(i);
      String which = "variant " + i + " of " + variants.size() + " (" + variant.length + " bytes, "
          + (namesAnotherKey(variant) ? "names another key" : "same key") + ")";
      assertThatThrownBy(() -> kms.decrypt(r -> {
        r.ciphertextBlob(SdkBytes.fromByteArray(variant)).encryptionContext(CONTEXT);
        extra.accept(r);
      }))
          .as(which)
          .isInstanceOf(KmsException.class)
          .satisfies(e -> {
            if (namesAnotherKey(variant) && !(e instanceof InvalidCiphertextException)) {
              assertThat(((KmsException) e).awsErrorDetails().errorCode()).as(which).isEqualTo("AccessDeniedException");
              assertThat(((KmsException) e).awsErrorDetails().errorMessage()).as(which).isEqualTo(UNKNOWN_KEY);
            } else {
              assertThat(e).as(which).isInstanceOf(InvalidCiphertextException.class);
            }
          });
    }
  }

  /** Whether the variant still parses as a version-1 header naming a key other than ours. */
  private static boolean namesAnotherKey(byte[] variant) {
    if (variant.length <= IDENTITY_START + 12 || variant[0] != blob[0]) {
      return false;
    }
    int end = identityEnd(variant);
    return variant.length >= end
        && !Arrays.equals(variant, IDENTITY_START, end, blob, IDENTITY_START, identityEnd(blob));
  }

  /** The account id (12 bytes), the key id's length byte and the key id. */
  private static int identityEnd(byte[] b) {
    return IDENTITY_START + 13 + Byte.toUnsignedInt(b[IDENTITY_START + 12]);
  }
}
