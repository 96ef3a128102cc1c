package dev.trent.core.ops.grants;

import dev.trent.core.key.KeySpecRules;
import dev.trent.protocol.error.InvalidGrantIdException;
import dev.trent.protocol.error.NotFoundException;
import dev.trent.protocol.error.ValidationException;
import dev.trent.store.StoredKey;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a grant may allow on a key (API reference, CreateGrant): only operations the key supports,
 * and encryption-context constraints only on symmetric encryption keys. CreateGrant, RetireGrant
 * and DescribeKey suit every key.
 */
final class GrantRules {
  private static final Set<String> EVERY_KEY = Set.of("CreateGrant", "RetireGrant", "DescribeKey");
  private static final Set<String> SYMMETRIC = Set.of("Decrypt", "Encrypt", "GenerateDataKey",
      "GenerateDataKeyWithoutPlaintext", "GenerateDataKeyPair", "GenerateDataKeyPairWithoutPlaintext",
      "ReEncryptFrom", "ReEncryptTo");
  private static final Set<String> ASYMMETRIC_ENCRYPTION =
      Set.of("Encrypt", "Decrypt", "ReEncryptFrom", "ReEncryptTo", "GetPublicKey");
  private static final Set<String> SIGNING = Set.of("Sign", "Verify", "GetPublicKey");
  private static final Set<String> MAC = Set.of("GenerateMac", "VerifyMac");
  private static final Set<String> KEY_AGREEMENT = Set.of("DeriveSharedSecret", "GetPublicKey");
  private static final Pattern GRANT_ID = Pattern.compile("[0-9a-f]{64}");

  private GrantRules() {}

  /** @throws ValidationException when the key does not support one of the operations */
  static void requireSupported(StoredKey key, List<String> operations, boolean constrained) {
    Set<String> supported = supported(key);
    for (String operation : operations) {
      if (!EVERY_KEY.contains(operation) && !supported.contains(operation)) {
        throw new ValidationException("Grant operation " + operation + " is not supported for key "
            + "usage " + key.keyUsage() + " and key spec " + key.keySpec() + ".");
      }
    }
    if (constrained && !isSymmetricEncryption(key)) {
      throw new ValidationException("Grant constraints are supported only for symmetric encryption KMS keys.");
    }
  }

  /** @throws InvalidGrantIdException when the id cannot be one Trent issued */
  static void requireGrantIdShape(String grantId) {
    if (!GRANT_ID.matcher(grantId).matches()) {
      throw new InvalidGrantIdException("Invalid grant ID " + grantId);
    }
  }

  /** A grant id of the right shape that the key does not have. */
  static NotFoundException notFound(String grantId) {
    return new NotFoundException("Grant ID " + grantId + " not found");
  }

  private static boolean isSymmetricEncryption(StoredKey key) {
    return KeySpecRules.SYMMETRIC_DEFAULT.equals(key.keySpec());
  }

  private static Set<String> supported(StoredKey key) {
    return switch (key.keyUsage()) {
      case "ENCRYPT_DECRYPT" -> isSymmetricEncryption(key) ? SYMMETRIC : ASYMMETRIC_ENCRYPTION;
      case "SIGN_VERIFY" -> SIGNING;
      case "GENERATE_VERIFY_MAC" -> MAC;
      case "KEY_AGREEMENT" -> KEY_AGREEMENT;
      default -> Set.of();
    };
  }
}
