package dev.trent.core.ops.asymmetric;

import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.Arns;
import dev.trent.core.key.KeyResolver;
import dev.trent.core.key.KeySpecRules;
import dev.trent.core.key.KeyStateRules;
import dev.trent.core.key.MaterialPrimitives;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.signature.MessageType;
import dev.trent.crypto.signature.SigningAlgorithm;
import dev.trent.protocol.error.InvalidKeyUsageException;
import dev.trent.protocol.error.KMSInternalException;
import dev.trent.protocol.error.ValidationException;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredKey;

/**
 * A key checked for Sign or Verify, with the algorithm and message type the request asked for.
 * The checks run in the order of the symmetric operations (AWS's own order is not recorded): the
 * key exists, its KeyUsage is SIGN_VERIFY, it offers the algorithm, the message fits the algorithm
 * and type, and only then its state allows use. The model has already bounded the message to
 * 1..4096 bytes.
 *
 * @param keyArn the key's ARN, as the responses name it
 */
record SigningKey(String keyArn, SigningAlgorithm algorithm, MessageType messageType,
    MaterialPrimitives material) {

  static SigningKey check(ReadTransaction tx, Services s, String keyId, String algorithmName,
      String messageTypeName, byte[] message, RequestContext ctx, String op) {
    StoredKey key = s.resolver().resolve(tx, keyId, KeyResolver.ANY_FORM, ctx, "kms:" + op);
    String arn = Arns.key(key.region(), key.accountId(), key.keyId());
    if (!KeySpecRules.SIGN_VERIFY.equals(key.keyUsage())) {
      // Recorded: "<key-arn> key usage is ENCRYPT_DECRYPT which is not valid for Verify."
      throw new InvalidKeyUsageException(
          arn + " key usage is " + key.keyUsage() + " which is not valid for " + op + ".");
    }
    KeySpec spec = KeySpec.valueOf(key.keySpec());
    // The model's enum check ran first, so valueOf cannot fail on a name the API lacks.
    SigningAlgorithm algorithm = SigningAlgorithm.valueOf(algorithmName);
    if (!algorithm.supports(spec)) {
      // The recorded text of the same check for MACs: "Algorithm HMAC_SHA_256 is incompatible
      // with key spec HMAC_224."
      throw new InvalidKeyUsageException(
          "Algorithm " + algorithm + " is incompatible with key spec " + spec + ".");
    }
    MessageType type = messageTypeName == null ? MessageType.RAW : MessageType.valueOf(messageTypeName);
    requireMessage(spec, algorithm, type, message.length);
    KeyStateRules.requireUsable(key);
    MaterialPrimitives material = s.vault().primitives(tx, key, key.currentMaterialId())
        .orElseThrow(() -> new KMSInternalException("Key " + key.keyId() + " has no current material."));
    return new SigningKey(arn, algorithm, type, material);
  }

  /**
   * API reference, Sign, MessageType: ED25519_SHA_512 requires RAW, ED25519_PH_SHA_512 requires
   * DIGEST, EXTERNAL_MU is ML-DSA's alone and ML-DSA takes no DIGEST; a DIGEST must be as long as
   * the algorithm's hash and an EXTERNAL_MU 64 bytes.
   */
  private static void requireMessage(KeySpec spec, SigningAlgorithm algorithm, MessageType type, int length) {
    if (!algorithm.supports(type)) {
      // Reported against AWS by floci's tests: "Message type DIGEST is incompatible with key spec
      // ML_DSA_44." and, Ed25519 having two algorithms with opposite rules, "Message type DIGEST
      // is incompatible with algorithm ED25519_SHA_512."
      String subject = spec == KeySpec.ECC_NIST_EDWARDS25519 ? "algorithm " + algorithm : "key spec " + spec;
      throw new ValidationException("Message type " + type + " is incompatible with " + subject + ".");
    }
    if (!algorithm.acceptsMessage(type, length)) {
      // Recorded: "Digest is invalid length for algorithm ECDSA_SHA_256." The EXTERNAL_MU text is
      // not recorded; this is the one another KMS emulator uses.
      throw new ValidationException(type == MessageType.EXTERNAL_MU
          ? "External Mu is invalid length for algorithm " + algorithm + "."
          : "Digest is invalid length for algorithm " + algorithm + ".");
    }
  }
}
