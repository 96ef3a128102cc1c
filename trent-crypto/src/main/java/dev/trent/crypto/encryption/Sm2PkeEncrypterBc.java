package dev.trent.crypto.encryption;

import dev.trent.crypto.SecretBytes;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.IllegalBlockSizeException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;

/**
 * SM2 public-key encryption (GB/T 32918.4) with Bouncy Castle's SM2Engine (SM3, C1C3C2 order),
 * returned in the ASN.1 form AWS KMS uses (see {@link Sm2Ciphertext}). At most 1024 bytes.
 */
final class Sm2PkeEncrypterBc implements AsymmetricEncrypter {
  private final ECPublicKeyParameters key;
  private final SecureRandom random;

  Sm2PkeEncrypterBc(ECPublicKeyParameters key, SecureRandom random) {
    this.key = key;
    this.random = random;
  }

  @Override
  public EncryptionAlgorithm algorithm() {
    return EncryptionAlgorithm.SM2PKE;
  }

  @Override
  public byte[] encrypt(SecretBytes plaintext) throws GeneralSecurityException {
    int max = EncryptionAlgorithm.SM2PKE.maxPlaintextLength(dev.trent.crypto.keys.KeySpec.SM2);
    if (plaintext.length() == 0 || plaintext.length() > max) {
      throw new IllegalArgumentException("SM2PKE cannot encrypt " + plaintext.length() + " bytes");
    }
    SM2Engine engine = new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
    engine.init(true, new ParametersWithRandom(key, random));
    byte[] raw = plaintext.toByteArray();
    try {
      return Sm2Ciphertext.toAsn1(engine.processBlock(raw, 0, raw.length));
    } catch (InvalidCipherTextException e) {
      throw new IllegalBlockSizeException("SM2 encryption failed");
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }
}
