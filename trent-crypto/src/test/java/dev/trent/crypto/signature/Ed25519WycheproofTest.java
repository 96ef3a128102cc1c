package dev.trent.crypto.signature;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.crypto.VectorFields;
import dev.trent.crypto.Wycheproof;
import dev.trent.crypto.Wycheproof.Vector;
import dev.trent.crypto.keys.KeySpec;
import java.security.GeneralSecurityException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ED25519_SHA_512 verification (RAW messages) against Wycheproof's {@code ed25519_test.json}, keyed
 * by the SubjectPublicKeyInfo as GetPublicKey would serve it. No {@code acceptable} cases: every
 * malleable, truncated, non-canonical or garbage-suffixed signature must fail.
 */
class Ed25519WycheproofTest {
  static List<Vector> vectors() {
    return Wycheproof.load("ed25519_test.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void vector_verifiesOnlyWhenValid(Vector v) throws GeneralSecurityException {
    Verifier verifier = Signatures.verifier(
        SigningAlgorithm.ED25519_SHA_512, KeySpec.ECC_NIST_EDWARDS25519, VectorFields.groupHex(v, "publicKeyDer"));

    assertThat(verifier.verify(v.hex("msg"), MessageType.RAW, v.hex("sig")))
        .isEqualTo(VectorFields.expectAccepted(v, java.util.Set.of()));
  }
}
