package dev.trent.crypto.agreement;

import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.keys.KeySpec;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;

/**
 * ECDH on the NIST curves with the JDK's SunEC, after the peer key passed {@link PeerPublicKeys}.
 */
final class EcdhJce implements KeyAgreement {
  private final KeySpec spec;
  private final ECPrivateKey key;

  EcdhJce(KeySpec spec, ECPrivateKey key) {
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
    org.bouncycastle.math.ec.ECPoint q = peer.getQ().normalize();
    ECPoint point = new ECPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
    var publicKey = KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, key.getParams()));
    javax.crypto.KeyAgreement agreement = javax.crypto.KeyAgreement.getInstance("ECDH");
    agreement.init(key);
    agreement.doPhase(publicKey, true);
    return SecretBytes.adopt(agreement.generateSecret());
  }

  @Override
  public String toString() {
    return "EcdhJce[" + spec + ", redacted]";
  }
}
