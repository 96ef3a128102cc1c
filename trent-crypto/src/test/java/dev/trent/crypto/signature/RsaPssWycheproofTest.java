package dev.trent.crypto.signature;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.crypto.VectorFields;
import dev.trent.crypto.Wycheproof;
import dev.trent.crypto.Wycheproof.Vector;
import dev.trent.crypto.keys.KeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RSASSA_PSS_SHA_256/384/512 verification against Wycheproof's PSS files with KMS's parameters
 * (MGF1 of the same hash, salt length = hash length), RAW and DIGEST; from {@code
 * rsa_pss_misc_test.json} only the groups with those parameters and a KMS key size, which adds the
 * sole 2048/SHA-512 vector. These files have no {@code acceptable} cases. PSS signing is randomized
 * and is covered by {@link SignatureRoundTripTest}.
 */
class RsaPssWycheproofTest {
  static Stream<Vector> vectors() {
    return Stream.of(
            "rsa_pss_2048_sha256_mgf1_32_test.json",
            "rsa_pss_2048_sha384_mgf1_48_test.json",
            "rsa_pss_3072_sha256_mgf1_32_test.json",
            "rsa_pss_4096_sha256_mgf1_32_test.json",
            "rsa_pss_4096_sha384_mgf1_48_test.json",
            "rsa_pss_4096_sha512_mgf1_64_test.json",
            "rsa_pss_misc_test.json")
        .flatMap(file -> Wycheproof.load(file).stream())
        .filter(RsaPssWycheproofTest::hasKmsParameters);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void vector_verifiesOnlyWhenValid(Vector v) throws GeneralSecurityException {
    SigningAlgorithm algorithm = algorithmOf(v);
    Verifier verifier = Signatures.verifier(algorithm, keySpecOf(v), VectorFields.groupHex(v, "publicKeyDer"));
    byte[] digest = MessageDigest.getInstance(algorithm.hashName()).digest(v.hex("msg"));
    boolean expected = VectorFields.expectAccepted(v, Set.of());

    assertThat(verifier.verify(v.hex("msg"), MessageType.RAW, v.hex("sig"))).isEqualTo(expected);
    assertThat(verifier.verify(digest, MessageType.DIGEST, v.hex("sig"))).isEqualTo(expected);
  }

  static boolean hasKmsParameters(Vector v) {
    SigningAlgorithm algorithm = algorithmOf(v);
    return algorithm != null
        && keySpecOf(v) != null
        && VectorFields.groupText(v, "mgf").equals("MGF1")
        && VectorFields.groupText(v, "mgfSha").equals(algorithm.hashName())
        && v.groupInt("sLen") == algorithm.digestLength();
  }

  static SigningAlgorithm algorithmOf(Vector v) {
    return switch (VectorFields.groupText(v, "sha")) {
      case "SHA-256" -> SigningAlgorithm.RSASSA_PSS_SHA_256;
      case "SHA-384" -> SigningAlgorithm.RSASSA_PSS_SHA_384;
      case "SHA-512" -> SigningAlgorithm.RSASSA_PSS_SHA_512;
      default -> null;
    };
  }

  static KeySpec keySpecOf(Vector v) {
    return RsaPkcs1WycheproofTest.keySpecOf(v);
  }
}
