package dev.trent.crypto.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.VectorFields;
import dev.trent.crypto.Wycheproof;
import dev.trent.crypto.Wycheproof.Vector;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.keys.Providers;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DeriveSharedSecret's ECDH against Wycheproof's {@code ecdh_*_test.json} (peer key as DER
 * SubjectPublicKeyInfo, shared secret as the raw x-coordinate) on P-256, P-384, P-521 and
 * secp256k1. Policy for {@code acceptable}: compressed peer points are accepted (SEC 1 encoding,
 * RFC 5480 allows them); BER / malformed ASN.1 ({@code InvalidAsn}), explicit or altered curve
 * parameters ({@code UnnamedCurve}, {@code ModifiedGenerator}, {@code WrongOrder}, ...) and
 * {@code UnusedParam} are rejected: a peer key must name this key's curve by OID, in DER.
 */
class EcdhWycheproofTest {
  private static final Set<String> ACCEPTED = Set.of("CompressedPublic", "CompressedPoint");

  static Stream<Arguments> vectors() {
    return Stream.of(
            Arguments.of("ecdh_secp256r1_test.json", KeySpec.ECC_NIST_P256),
            Arguments.of("ecdh_secp384r1_test.json", KeySpec.ECC_NIST_P384),
            Arguments.of("ecdh_secp521r1_test.json", KeySpec.ECC_NIST_P521),
            Arguments.of("ecdh_secp256k1_test.json", KeySpec.ECC_SECG_P256K1))
        .flatMap(a -> Wycheproof.load((String) a.get()[0]).stream().map(v -> Arguments.of(a.get()[1], v)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("vectors")
  void vector_derivesOnlyWhenAccepted(KeySpec spec, Vector v) throws GeneralSecurityException {
    KeyAgreement ecdh = KeyAgreements.ecdh(spec, pkcs8(spec, new BigInteger(v.hex("private"))));

    if (VectorFields.expectAccepted(v, ACCEPTED)) {
      assertThat(ecdh.deriveSharedSecret(v.hex("public")).toByteArray()).isEqualTo(v.hex("shared"));
    } else {
      assertThatThrownBy(() -> ecdh.deriveSharedSecret(v.hex("public")))
          .isInstanceOf(GeneralSecurityException.class);
    }
  }

  /** The PKCS#8 encoding of a private scalar, as the provider of the curve makes it. */
  static SecretBytes pkcs8(KeySpec spec, BigInteger scalar) throws GeneralSecurityException {
    boolean jdk = spec.isJdkCurve();
    AlgorithmParameters parameters = jdk
        ? AlgorithmParameters.getInstance("EC")
        : AlgorithmParameters.getInstance("EC", Providers.bouncyCastle());
    parameters.init(new ECGenParameterSpec(spec.standardName()));
    ECParameterSpec curve = parameters.getParameterSpec(ECParameterSpec.class);
    KeyFactory factory = jdk ? KeyFactory.getInstance("EC") : KeyFactory.getInstance("EC", Providers.bouncyCastle());
    return SecretBytes.adopt(factory.generatePrivate(new ECPrivateKeySpec(scalar, curve)).getEncoded());
  }
}
