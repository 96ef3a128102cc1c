package dev.trent.it;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.RFC5649WrapEngine;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Wraps key material for ImportKeyMaterial the way AWS's "Encrypt key material" instructions do,
 * with implementations independent of Trent's: JCA's RSA-OAEP (MGF1 with the same hash as OAEP)
 * and Bouncy Castle's RFC 5649 engine for the RSA_AES_KEY_WRAP algorithms.
 */
final class ImportWrapper {
  private ImportWrapper() {}

  /**
   * Imports {@code material} into {@code keyId} through the SDK (fresh RSAES_OAEP_SHA_256 / RSA_2048
   * parameters), expiring at {@code validTo}, or never when it is null.
   */
  static void importMaterial(software.amazon.awssdk.services.kms.KmsClient kms, String keyId,
      byte[] material, java.time.Instant validTo) throws Exception {
    var params = kms.getParametersForImport(r -> r.keyId(keyId)
        .wrappingAlgorithm(software.amazon.awssdk.services.kms.model.AlgorithmSpec.RSAES_OAEP_SHA_256)
        .wrappingKeySpec(software.amazon.awssdk.services.kms.model.WrappingKeySpec.RSA_2048));
    byte[] wrapped = wrap("RSAES_OAEP_SHA_256", params.publicKey().asByteArray(), material);
    kms.importKeyMaterial(r -> r.keyId(keyId).importToken(params.importToken())
        .encryptedKeyMaterial(software.amazon.awssdk.core.SdkBytes.fromByteArray(wrapped))
        .expirationModel(validTo == null
            ? software.amazon.awssdk.services.kms.model.ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE
            : software.amazon.awssdk.services.kms.model.ExpirationModelType.KEY_MATERIAL_EXPIRES)
        .validTo(validTo));
  }

  static byte[] wrap(String algorithm, byte[] publicKeyDer, byte[] material) throws Exception {
    PublicKey publicKey = KeyFactory.getInstance("RSA")
        .generatePublic(new X509EncodedKeySpec(publicKeyDer));
    boolean sha1 = algorithm.endsWith("SHA_1");
    Cipher oaep = Cipher.getInstance("RSA/ECB/OAEPPadding");
    oaep.init(Cipher.ENCRYPT_MODE, publicKey, new OAEPParameterSpec(sha1 ? "SHA-1" : "SHA-256",
        "MGF1", sha1 ? MGF1ParameterSpec.SHA1 : MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
    if (algorithm.startsWith("RSAES_OAEP")) {
      return oaep.doFinal(material);
    }
    byte[] aesKey = new byte[32];
    new java.security.SecureRandom().nextBytes(aesKey);
    RFC5649WrapEngine kwp = new RFC5649WrapEngine(AESEngine.newInstance());
    kwp.init(true, new KeyParameter(aesKey));
    byte[] inner = kwp.wrap(material, 0, material.length);
    byte[] outer = oaep.doFinal(aesKey);
    byte[] both = Arrays.copyOf(outer, outer.length + inner.length);
    System.arraycopy(inner, 0, both, outer.length, inner.length);
    return both;
  }
}
