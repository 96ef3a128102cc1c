package dev.trent.crypto.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.keys.KeyPairMaterial;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.keys.Providers;
import dev.trent.crypto.keys.TestKeyPairs;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DeriveSharedSecret between two key pairs of every ECC spec: both sides derive the same secret,
 * which equals what an independent JCA {@code ECDH} computes from the other party's key bytes, and
 * a peer key of another curve is refused.
 */
class KeyAgreementRoundTripTest {
  static Stream<KeySpec> curves() {
    return Stream.of(KeySpec.values()).filter(spec -> spec.family() == KeySpec.Family.ECC);
  }

  @ParameterizedTest
  @MethodSource("curves")
  void bothSides_deriveTheSameSecret_asAnIndependentEcdh(KeySpec spec) throws Exception {
    KeyPairMaterial alice = TestKeyPairs.of(spec);
    KeyPairMaterial bob = TestKeyPairs.another(spec);

    SecretBytes aliceSecret = KeyAgreements.ecdh(spec, alice.privateKey()).deriveSharedSecret(bob.publicKey());
    SecretBytes bobSecret = KeyAgreements.ecdh(spec, bob.privateKey()).deriveSharedSecret(alice.publicKey());

    assertThat(aliceSecret).isEqualTo(bobSecret);
    assertThat(aliceSecret.length()).isEqualTo((spec.bits() + 7) / 8);
    assertThat(aliceSecret.toByteArray()).isEqualTo(independentEcdh(spec, bob, alice));
  }

  @ParameterizedTest
  @MethodSource("curves")
  void peerKeyOfAnotherCurveOrKind_isRefused(KeySpec spec) throws GeneralSecurityException {
    KeyAgreement ecdh = KeyAgreements.ecdh(spec, TestKeyPairs.of(spec).privateKey());
    Stream.of(KeySpec.values()).filter(KeySpec::isAsymmetric).filter(other -> other != spec).forEach(other ->
        assertThatThrownBy(() -> ecdh.deriveSharedSecret(TestKeyPairs.of(other).publicKey()))
            .as("%s peer for %s", other, spec).isInstanceOf(GeneralSecurityException.class));
  }

  @Test
  void kmsOffersEcdh_forNistCurvesAndSm2Only() {
    assertThat(curves().filter(KeyAgreementAlgorithm.ECDH::supports))
        .containsExactly(KeySpec.ECC_NIST_P256, KeySpec.ECC_NIST_P384, KeySpec.ECC_NIST_P521, KeySpec.SM2);
    assertThatThrownBy(() -> KeyAgreements.ecdh(KeySpec.RSA_2048, TestKeyPairs.of(KeySpec.RSA_2048).privateKey()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] independentEcdh(KeySpec spec, KeyPairMaterial self, KeyPairMaterial peer) throws Exception {
    boolean jdk = spec.isJdkCurve();
    KeyFactory factory = jdk ? KeyFactory.getInstance("EC") : KeyFactory.getInstance("EC", Providers.bouncyCastle());
    javax.crypto.KeyAgreement agreement = jdk
        ? javax.crypto.KeyAgreement.getInstance("ECDH")
        : javax.crypto.KeyAgreement.getInstance("ECDH", Providers.bouncyCastle());
    agreement.init(factory.generatePrivate(new PKCS8EncodedKeySpec(self.privateKey().toByteArray())));
    agreement.doPhase(factory.generatePublic(new X509EncodedKeySpec(peer.publicKey())), true);
    return agreement.generateSecret();
  }
}
