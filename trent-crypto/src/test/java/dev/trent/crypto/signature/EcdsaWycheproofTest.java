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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Signatures#verifier} for ECDSA against Wycheproof's DER-signature files of the four KMS
 * curves. Each vector runs twice: as a RAW message and as the DIGEST of it. These files have no
 * {@code acceptable} cases; every {@code valid} one must verify and every {@code invalid} one (BER,
 * trailing bytes, r or s out of range, wrong points...) must fail.
 */
class EcdsaWycheproofTest {
  static Stream<Arguments> vectors() {
    return Stream.of(
            Arguments.of("ecdsa_secp256r1_sha256_test.json", KeySpec.ECC_NIST_P256, SigningAlgorithm.ECDSA_SHA_256),
            Arguments.of("ecdsa_secp384r1_sha384_test.json", KeySpec.ECC_NIST_P384, SigningAlgorithm.ECDSA_SHA_384),
            Arguments.of("ecdsa_secp521r1_sha512_test.json", KeySpec.ECC_NIST_P521, SigningAlgorithm.ECDSA_SHA_512),
            Arguments.of("ecdsa_secp256k1_sha256_test.json", KeySpec.ECC_SECG_P256K1, SigningAlgorithm.ECDSA_SHA_256))
        .flatMap(a -> Wycheproof.load((String) a.get()[0]).stream()
            .map(v -> Arguments.of(a.get()[0], a.get()[1], a.get()[2], v)));
  }

  @ParameterizedTest(name = "{0} {3}")
  @MethodSource("vectors")
  void vector_verifiesOnlyWhenValid(String file, KeySpec spec, SigningAlgorithm algorithm, Vector v)
      throws GeneralSecurityException {
    Verifier verifier = Signatures.verifier(algorithm, spec, VectorFields.groupHex(v, "publicKeyDer"));
    byte[] message = v.hex("msg");
    byte[] digest = MessageDigest.getInstance(algorithm.hashName()).digest(message);
    boolean expected = VectorFields.expectAccepted(v, Set.of());

    assertThat(verifier.verify(message, MessageType.RAW, v.hex("sig"))).isEqualTo(expected);
    assertThat(verifier.verify(digest, MessageType.DIGEST, v.hex("sig"))).isEqualTo(expected);
  }
}
