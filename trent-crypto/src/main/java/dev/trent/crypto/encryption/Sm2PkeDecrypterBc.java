package dev.trent.crypto.encryption;

import dev.trent.crypto.SecretBytes;
import java.security.GeneralSecurityException;
import javax.crypto.BadPaddingException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;

/**
 * SM2 decryption of the ASN.1 ciphertext AWS KMS exchanges; a malformed structure, a point off the
 * curve or a wrong hash C3 all fail the same way.
 */
final class Sm2PkeDecrypterBc implements AsymmetricDecrypter {
  private final ECPrivateKeyParameters key;

  Sm2PkeDecrypterBc(ECPrivateKeyParameters key) {
    this.key = key;
  }

  @Override
  public EncryptionAlgorithm algorithm() {
    return EncryptionAlgorithm.SM2PKE;
  }

  @Override
  public SecretBytes decrypt(byte[] ciphertext) throws GeneralSecurityException {
    try {
      byte[] raw = Sm2Ciphertext.fromAsn1(ciphertext);
      SM2Engine engine = new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
      engine.init(false, key);
      return SecretBytes.adopt(engine.processBlock(raw, 0, raw.length));
    } catch (GeneralSecurityException | org.bouncycastle.crypto.InvalidCipherTextException | RuntimeException e) {
      throw new BadPaddingException("decryption failed");
    }
  }
}
