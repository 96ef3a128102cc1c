package dev.trent.crypto.agreement;

import dev.trent.crypto.keys.AsymmetricKeys;
import dev.trent.crypto.keys.KeySpec;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;

/**
 * Strict decoding of a peer's public key: the checks of {@link AsymmetricKeys#bcPublicKey} (strict
 * DER, {@code id-ecPublicKey}, the same named curve, no explicit parameters) plus Bouncy Castle's
 * point validation (on the curve, not infinity).
 */
final class PeerPublicKeys {
  private PeerPublicKeys() {}

  static ECPublicKeyParameters decode(KeySpec spec, byte[] der) throws GeneralSecurityException {
    AsymmetricKeyParameter key = AsymmetricKeys.bcPublicKey(spec, der);
    if (!(key instanceof ECPublicKeyParameters ec) || key.isPrivate()) {
      throw new InvalidKeyException("peer key is not an EC public key");
    }
    if (ec.getQ().isInfinity() || !ec.getQ().isValid()) {
      throw new InvalidKeyException("peer point is not on the curve");
    }
    return ec;
  }
}
