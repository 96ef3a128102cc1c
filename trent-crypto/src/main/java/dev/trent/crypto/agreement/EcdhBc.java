package dev.trent.crypto.agreement;

import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.keys.KeySpec;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.util.BigIntegers;

/**
 * ECDH with Bouncy Castle for the curves JDK 17 lacks (SM2's sm2p256v1, secp256k1): plain
 * Diffie-Hellman on the curve, as DeriveSharedSecret does for SM2 keys (not the SM2 key exchange
 * protocol of GB/T 32918.3).
 */
final class EcdhBc implements KeyAgreement {
  private final KeySpec spec;
  private final ECPrivateKeyParameters key;

  EcdhBc(KeySpec spec, ECPrivateKeyParameters key) {
    this.spec = spec;
    this.key = key;
  }

  @Override
  public KeyAgreementAlgorithm algorithm() {
    return KeyAgreementAlgorithm.ECDH;
  }

  @Override
  public SecretBytes deriveSharedSecret(byte[] peerPublicKey) throws GeneralSecurityException {
    ECPublicKeyParameters peer = PeerPublicKeys.decode(spec, peerPublicKey);
    ECDHBasicAgreement agreement = new ECDHBasicAgreement();
    agreement.init(key);
    try {
      BigInteger x = agreement.calculateAgreement(peer);
      return SecretBytes.adopt(BigIntegers.asUnsignedByteArray(agreement.getFieldSize(), x));
    } catch (IllegalStateException e) {
      throw new GeneralSecurityException("no shared secret for this peer key");
    }
  }

  @Override
  public String toString() {
    return "EcdhBc[" + spec + ", redacted]";
  }
}
