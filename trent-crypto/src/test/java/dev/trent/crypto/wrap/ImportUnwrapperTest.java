package dev.trent.crypto.wrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.keys.KeySpec;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.RFC5649WrapEngine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link ImportUnwrapper} against material wrapped the way AWS's import instructions do it, built
 * here from other implementations: JCA's OAEP and Bouncy Castle's RFC 5649 engine.
 */
class ImportUnwrapperTest {
  private static KeyPair rsa;

  @BeforeAll
  static void generate() throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    rsa = g.generateKeyPair();
  }

  @ParameterizedTest
  @EnumSource(value = WrappingAlgorithm.class, names = "SM2PKE", mode = EnumSource.Mode.EXCLUDE)
  void wrappedMaterial_unwrapsToTheSameBytes(WrappingAlgorithm algorithm) throws Exception {
    byte[] material = new byte[32];
    new SecureRandom().nextBytes(material);

    byte[] wrapped = wrap(algorithm, material);

    try (SecretBytes privateKey = SecretBytes.copyOf(rsa.getPrivate().getEncoded());
        SecretBytes unwrapped = ImportUnwrapper.unwrap(algorithm, KeySpec.RSA_2048, privateKey, wrapped)) {
      assertThat(unwrapped.toByteArray()).isEqualTo(material);
    }
  }

  @ParameterizedTest
  @EnumSource(value = WrappingAlgorithm.class, names = "SM2PKE", mode = EnumSource.Mode.EXCLUDE)
  void damagedBlob_failsWithOneBareException(WrappingAlgorithm algorithm) throws Exception {
    byte[] wrapped = wrap(algorithm, new byte[32]);
    wrapped[wrapped.length - 1] ^= 1;

    try (SecretBytes privateKey = SecretBytes.copyOf(rsa.getPrivate().getEncoded())) {
      assertThatThrownBy(() -> ImportUnwrapper.unwrap(algorithm, KeySpec.RSA_2048, privateKey, wrapped))
          .isInstanceOf(GeneralSecurityException.class).hasMessage("unwrap failed");
    }
  }

  static byte[] wrap(WrappingAlgorithm algorithm, byte[] material) throws Exception {
    boolean sha1 = algorithm.name().endsWith("SHA_1");
    Cipher oaep = Cipher.getInstance(sha1
        ? "RSA/ECB/OAEPWithSHA-1AndMGF1Padding" : "RSA/ECB/OAEPWithSHA-256AndMGF1Padding");
    oaep.init(Cipher.ENCRYPT_MODE, rsa.getPublic(), new OAEPParameterSpec(sha1 ? "SHA-1" : "SHA-256",
        "MGF1", sha1 ? MGF1ParameterSpec.SHA1 : MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
    if (!algorithm.twoLayer()) {
      return oaep.doFinal(material);
    }
    KeyGenerator aes = KeyGenerator.getInstance("AES");
    aes.init(256);
    SecretKey ephemeral = aes.generateKey();
    RFC5649WrapEngine kwp = new RFC5649WrapEngine(AESEngine.newInstance());
    kwp.init(true, new KeyParameter(ephemeral.getEncoded()));
    byte[] inner = kwp.wrap(material, 0, material.length);
    byte[] outer = oaep.doFinal(ephemeral.getEncoded());
    byte[] both = Arrays.copyOf(outer, outer.length + inner.length);
    System.arraycopy(inner, 0, both, outer.length, inner.length);
    return both;
  }
}
