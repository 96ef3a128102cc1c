package dev.trent.crypto.keys;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.MLDSAKeyPairGenerator;
import org.bouncycastle.crypto.generators.MLKEMKeyPairGenerator;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.MLDSAKeyGenerationParameters;
import org.bouncycastle.crypto.params.MLDSAParameters;
import org.bouncycastle.crypto.params.MLDSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLKEMKeyGenerationParameters;
import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;

/**
 * Makes new key material for every {@link KeySpec}, drawing all randomness from the injected
 * {@link Randomness}. Used for CreateKey and for GenerateDataKeyPair's {@code KeyPairSpec}.
 *
 * <p>Encodings (stable; the stored material is exactly these bytes):
 *
 * <ul>
 *   <li>RSA (public exponent 65537), NIST curves, Ed25519: the JDK's PKCS#8 and SubjectPublicKeyInfo.
 *   <li>secp256k1 and SM2: Bouncy Castle's PKCS#8 (named curve, with the public point) and SPKI
 *       ({@code id-ecPublicKey} with the named-curve OID, uncompressed point).
 *   <li>ML-DSA and ML-KEM: the seed-only PKCS#8 of RFC 9881 / RFC 9935 ({@code [0]} 32-byte ξ or
 *       64-byte d‖z) and the SPKI holding the raw FIPS 204 / FIPS 203 public key.
 *   <li>HMAC_224/256/384/512: 28, 32, 48 or 64 random bytes.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class KeyMaterialGenerator {
  private final Randomness randomness;
  private final SecureRandom secureRandom;

  public KeyMaterialGenerator(Randomness randomness) {
    this.randomness = randomness;
    this.secureRandom = SecureRandoms.of(randomness);
  }

  /** A new key pair; throws {@link IllegalArgumentException} for the HMAC specs. */
  public KeyPairMaterial generateKeyPair(KeySpec spec) {
    try {
      return switch (spec.family()) {
        case RSA, ECC, EDWARDS -> jca(spec);
        case ML_DSA -> mlDsa(spec);
        case ML_KEM -> mlKem(spec);
        case HMAC -> throw new IllegalArgumentException(spec + " is not an asymmetric key spec");
      };
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate " + spec + " keys", e);
    }
  }

  /** A new HMAC key of the spec's length; throws {@link IllegalArgumentException} otherwise. */
  public SecretBytes generateHmacKey(KeySpec spec) {
    if (spec.family() != KeySpec.Family.HMAC) {
      throw new IllegalArgumentException(spec + " is not an HMAC key spec");
    }
    return randomness.secret(spec.bits() / 8);
  }

  private KeyPairMaterial jca(KeySpec spec) throws GeneralSecurityException {
    KeyPairGenerator generator;
    switch (spec.family()) {
      case RSA -> {
        generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(new RSAKeyGenParameterSpec(spec.bits(), RSAKeyGenParameterSpec.F4), secureRandom);
      }
      case ECC -> {
        generator = spec.isJdkCurve()
            ? KeyPairGenerator.getInstance("EC")
            : KeyPairGenerator.getInstance("EC", Providers.bouncyCastle());
        generator.initialize(new ECGenParameterSpec(spec.standardName()), secureRandom);
      }
      default -> {
        generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(255, secureRandom);
      }
    }
    KeyPair pair = generator.generateKeyPair();
    return new KeyPairMaterial(spec, SecretBytes.adopt(pair.getPrivate().getEncoded()), pair.getPublic().getEncoded());
  }

  private KeyPairMaterial mlDsa(KeySpec spec) {
    MLDSAKeyPairGenerator generator = new MLDSAKeyPairGenerator();
    generator.init(new MLDSAKeyGenerationParameters(secureRandom, mlDsaParameters(spec)));
    AsymmetricCipherKeyPair pair = generator.generateKeyPair();
    MLDSAPrivateKeyParameters seedOnly =
        ((MLDSAPrivateKeyParameters) pair.getPrivate()).withPreferredFormat(MLDSAPrivateKeyParameters.SEED_ONLY);
    return encode(spec, seedOnly, pair.getPublic());
  }

  private KeyPairMaterial mlKem(KeySpec spec) {
    MLKEMKeyPairGenerator generator = new MLKEMKeyPairGenerator();
    generator.init(new MLKEMKeyGenerationParameters(secureRandom, mlKemParameters(spec)));
    AsymmetricCipherKeyPair pair = generator.generateKeyPair();
    MLKEMPrivateKeyParameters seedOnly =
        ((MLKEMPrivateKeyParameters) pair.getPrivate()).withPreferredFormat(MLKEMPrivateKeyParameters.SEED_ONLY);
    return encode(spec, seedOnly, pair.getPublic());
  }

  private static KeyPairMaterial encode(KeySpec spec, AsymmetricKeyParameter privateKey, AsymmetricKeyParameter publicKey) {
    try {
      byte[] pkcs8 = PrivateKeyInfoFactory.createPrivateKeyInfo(privateKey).getEncoded(ASN1Encoding.DER);
      byte[] spki = SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(publicKey).getEncoded(ASN1Encoding.DER);
      return new KeyPairMaterial(spec, SecretBytes.adopt(pkcs8), spki);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Bouncy Castle parameter set of an ML-DSA spec. For this module's primitives. */
  public static MLDSAParameters mlDsaParameters(KeySpec spec) {
    return switch (spec) {
      case ML_DSA_44 -> MLDSAParameters.ml_dsa_44;
      case ML_DSA_65 -> MLDSAParameters.ml_dsa_65;
      case ML_DSA_87 -> MLDSAParameters.ml_dsa_87;
      default -> throw new IllegalArgumentException(spec + " is not an ML-DSA key spec");
    };
  }

  /** The Bouncy Castle parameter set of an ML-KEM spec. For this module's primitives. */
  public static MLKEMParameters mlKemParameters(KeySpec spec) {
    return switch (spec) {
      case ML_KEM_512 -> MLKEMParameters.ml_kem_512;
      case ML_KEM_768 -> MLKEMParameters.ml_kem_768;
      case ML_KEM_1024 -> MLKEMParameters.ml_kem_1024;
      default -> throw new IllegalArgumentException(spec + " is not an ML-KEM key spec");
    };
  }

  @Override
  public String toString() {
    return "KeyMaterialGenerator";
  }
}
