package dev.trent.crypto.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.keys.KeyPairMaterial;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.keys.Providers;
import dev.trent.crypto.keys.TestKeyPairs;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RSAES-OAEP for every RSA key spec and SM2PKE: AWS's size limits, round trips at the limit, and
 * interoperability both ways with an independent implementation given only the public or private
 * key bytes (the JDK's OAEP; for SM2, Bouncy Castle's JCA cipher plus the C1C3C2 → ASN.1 conversion
 * of AWS's {@code SM2OfflineOperationHelper}, see {@link Sm2OfflineEncryption}).
 */
class AsymmetricCiphersRoundTripTest {
  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of(KeySpec.RSA_2048, EncryptionAlgorithm.RSAES_OAEP_SHA_1, 214),
        Arguments.of(KeySpec.RSA_3072, EncryptionAlgorithm.RSAES_OAEP_SHA_1, 342),
        Arguments.of(KeySpec.RSA_4096, EncryptionAlgorithm.RSAES_OAEP_SHA_1, 470),
        Arguments.of(KeySpec.RSA_2048, EncryptionAlgorithm.RSAES_OAEP_SHA_256, 190),
        Arguments.of(KeySpec.RSA_3072, EncryptionAlgorithm.RSAES_OAEP_SHA_256, 318),
        Arguments.of(KeySpec.RSA_4096, EncryptionAlgorithm.RSAES_OAEP_SHA_256, 446),
        Arguments.of(KeySpec.SM2, EncryptionAlgorithm.SM2PKE, 1024));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pairs")
  void maxPlaintext_isAwsLimit_andRoundTrips(KeySpec spec, EncryptionAlgorithm algorithm, int max)
      throws GeneralSecurityException {
    KeyPairMaterial pair = TestKeyPairs.of(spec);
    AsymmetricEncrypter encrypter = AsymmetricCiphers.encrypter(algorithm, spec, pair.publicKey(), Randomness.system());
    AsymmetricDecrypter decrypter = AsymmetricCiphers.decrypter(algorithm, spec, pair.privateKey());
    SecretBytes plaintext = Randomness.system().secret(max);

    assertThat(algorithm.maxPlaintextLength(spec)).isEqualTo(max);
    byte[] ciphertext = encrypter.encrypt(plaintext);
    assertThat(decrypter.decrypt(ciphertext)).isEqualTo(plaintext);
    assertThat(encrypter.encrypt(plaintext)).isNotEqualTo(ciphertext);
    assertThatThrownBy(() -> encrypter.encrypt(Randomness.system().secret(max + 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pairs")
  void alteredOrForeignCiphertext_failsTheSameWay(KeySpec spec, EncryptionAlgorithm algorithm, int max)
      throws GeneralSecurityException {
    KeyPairMaterial pair = TestKeyPairs.of(spec);
    byte[] ciphertext = AsymmetricCiphers.encrypter(algorithm, spec, pair.publicKey(), Randomness.system())
        .encrypt(SecretBytes.copyOf(new byte[] {1, 2, 3}));
    byte[] altered = ciphertext.clone();
    altered[altered.length - 1] ^= 1;

    for (byte[] bad : new byte[][] {altered, java.util.Arrays.copyOf(ciphertext, ciphertext.length - 1), new byte[0]}) {
      assertThatThrownBy(() -> AsymmetricCiphers.decrypter(algorithm, spec, pair.privateKey()).decrypt(bad))
          .isInstanceOf(GeneralSecurityException.class).hasMessage("decryption failed");
    }
    assertThatThrownBy(() -> AsymmetricCiphers.decrypter(algorithm, spec, TestKeyPairs.another(spec).privateKey())
            .decrypt(ciphertext))
        .isInstanceOf(GeneralSecurityException.class).hasMessage("decryption failed");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pairs")
  void independentImplementation_interoperatesBothWays(KeySpec spec, EncryptionAlgorithm algorithm, int max)
      throws Exception {
    KeyPairMaterial pair = TestKeyPairs.of(spec);
    SecretBytes plaintext = Randomness.system().secret(max);
    AsymmetricDecrypter decrypter = AsymmetricCiphers.decrypter(algorithm, spec, pair.privateKey());
    AsymmetricEncrypter encrypter = AsymmetricCiphers.encrypter(algorithm, spec, pair.publicKey(), Randomness.system());

    if (algorithm == EncryptionAlgorithm.SM2PKE) {
      assertThat(decrypter.decrypt(Sm2OfflineEncryption.encrypt(pair.publicKey(), plaintext.toByteArray())))
          .isEqualTo(plaintext);
      assertThat(Sm2OfflineEncryption.decrypt(pair.privateKey().toByteArray(), encrypter.encrypt(plaintext)))
          .isEqualTo(plaintext.toByteArray());
      return;
    }
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    String hash = algorithm.hashName();
    var oaep = new OAEPParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), PSource.PSpecified.DEFAULT);
    Cipher outside = Cipher.getInstance("RSA/ECB/OAEPPadding");
    outside.init(Cipher.ENCRYPT_MODE, rsa.generatePublic(new X509EncodedKeySpec(pair.publicKey())), oaep);
    assertThat(decrypter.decrypt(outside.doFinal(plaintext.toByteArray()))).isEqualTo(plaintext);
    outside.init(Cipher.DECRYPT_MODE, rsa.generatePrivate(new PKCS8EncodedKeySpec(pair.privateKey().toByteArray())), oaep);
    assertThat(outside.doFinal(encrypter.encrypt(plaintext))).isEqualTo(plaintext.toByteArray());
  }

  @Test
  void algorithmNotOfferedForTheSpec_isRefused() {
    assertThatThrownBy(() -> AsymmetricCiphers.encrypter(EncryptionAlgorithm.SM2PKE, KeySpec.RSA_2048,
            TestKeyPairs.of(KeySpec.RSA_2048).publicKey(), Randomness.system()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AsymmetricCiphers.decrypter(EncryptionAlgorithm.RSAES_OAEP_SHA_256, KeySpec.ECC_NIST_P256,
            TestKeyPairs.of(KeySpec.ECC_NIST_P256).privateKey()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Providers.bouncyCastle().getName()).isEqualTo("BC");
  }
}
