package dev.trent.crypto.keys;

import dev.trent.crypto.SecretBytes;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;

/**
 * The key pair of GB/T 32918.5-2017 Annex A (= GM/T 0003.5-2012 Annex A) on sm2p256v1, in the
 * encodings Trent stores, for known-answer tests.
 */
public final class Sm2TestKey {
  public static final BigInteger D =
      new BigInteger("3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8", 16);
  public static final BigInteger X =
      new BigInteger("09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020", 16);
  public static final BigInteger Y =
      new BigInteger("CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13", 16);

  private Sm2TestKey() {}

  public static SecretBytes privateKey() throws GeneralSecurityException {
    return SecretBytes.adopt(factory().generatePrivate(new ECPrivateKeySpec(D, curve())).getEncoded());
  }

  public static byte[] publicKey() throws GeneralSecurityException {
    return factory().generatePublic(new ECPublicKeySpec(new ECPoint(X, Y), curve())).getEncoded();
  }

  private static KeyFactory factory() throws GeneralSecurityException {
    return KeyFactory.getInstance("EC", Providers.bouncyCastle());
  }

  private static ECParameterSpec curve() throws GeneralSecurityException {
    AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC", Providers.bouncyCastle());
    parameters.init(new ECGenParameterSpec("sm2p256v1"));
    return parameters.getParameterSpec(ECParameterSpec.class);
  }
}
