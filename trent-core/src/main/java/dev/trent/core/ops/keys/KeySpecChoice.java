package dev.trent.core.ops.keys;

import dev.trent.core.key.KeySpecRules;
import dev.trent.core.key.Sm2Regions;
import dev.trent.protocol.error.CustomKeyStoreNotFoundException;
import dev.trent.protocol.error.UnsupportedOperationException;
import dev.trent.protocol.error.ValidationException;
import dev.trent.protocol.wire.CreateKeyRequest;

/** CreateKey's choice of key spec, usage and origin, checked the way AWS checks them. */
record KeySpecChoice(String keySpec, String keyUsage, String origin) {
  static KeySpecChoice of(CreateKeyRequest r, String region, Sm2Regions sm2Regions) {
    if (r.keySpec() != null && r.customerMasterKeySpec() != null) {
      throw new ValidationException(
          "You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec is deprecated.");
    }
    String spec = r.keySpec() != null ? r.keySpec()
        : r.customerMasterKeySpec() != null ? r.customerMasterKeySpec() : KeySpecRules.SYMMETRIC_DEFAULT;
    boolean symmetric = KeySpecRules.SYMMETRIC_DEFAULT.equals(spec);
    if (!symmetric && r.keyUsage() == null) {
      throw new ValidationException(
          "You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.");
    }
    String usage = r.keyUsage() == null ? KeySpecRules.ENCRYPT_DECRYPT : r.keyUsage();
    if (!KeySpecRules.usages(spec).contains(usage)) {
      throw new ValidationException("KeyUsage " + usage + " is not compatible with KeySpec " + spec);
    }
    if ("SM2".equals(spec) && !sm2Regions.allows(region)) {
      throw new UnsupportedOperationException("KeySpec SM2 is not supported in this Region.");
    }
    if (r.customKeyStoreId() != null) {
      throw new CustomKeyStoreNotFoundException(
          "Custom key store " + r.customKeyStoreId() + " does not exist.");
    }
    String origin = r.origin() == null ? "AWS_KMS" : r.origin();
    // Imported material: symmetric, HMAC, RSA and ECDSA-curve keys; not Ed25519, ML-DSA, ML-KEM.
    boolean external = "EXTERNAL".equals(origin) && (symmetric || spec.startsWith("HMAC_")
        || spec.startsWith("RSA_") || spec.startsWith("ECC_NIST_P") || "ECC_SECG_P256K1".equals(spec));
    if (!"AWS_KMS".equals(origin) && !external) {
      throw new UnsupportedOperationException("Origin " + origin + " is not available in Trent yet.");
    }
    if (r.xksKeyId() != null) {
      throw new ValidationException("XksKeyId is valid only with Origin EXTERNAL_KEY_STORE.");
    }
    if (Boolean.TRUE.equals(r.multiRegion())) {
      throw new UnsupportedOperationException("Multi-Region keys are not available in Trent yet.");
    }
    return new KeySpecChoice(spec, usage, origin);
  }
}
