package dev.trent.core.key;

import dev.trent.crypto.agreement.KeyAgreementAlgorithm;
import dev.trent.crypto.encryption.EncryptionAlgorithm;
import dev.trent.crypto.kem.EncapsulationAlgorithm;
import dev.trent.crypto.keys.KeySpec;
import dev.trent.crypto.mac.MacAlgorithm;
import dev.trent.crypto.signature.SigningAlgorithm;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which key usages each key spec allows, and the algorithms a key of a spec and usage offers
 * (the lists DescribeKey and GetPublicKey show), per the Developer Guide's key spec reference.
 */
public final class KeySpecRules {
  public static final String SYMMETRIC_DEFAULT = "SYMMETRIC_DEFAULT";
  public static final String ENCRYPT_DECRYPT = "ENCRYPT_DECRYPT";
  public static final String SIGN_VERIFY = "SIGN_VERIFY";
  public static final String GENERATE_VERIFY_MAC = "GENERATE_VERIFY_MAC";
  public static final String KEY_AGREEMENT = "KEY_AGREEMENT";
  public static final String ENCAPSULATE_DECAPSULATE = "ENCAPSULATE_DECAPSULATE";

  /** The enum's order with the PKCS #1 v1.5 algorithms moved first (a stable sort). */
  private static final SigningAlgorithm[] SIGNING_ORDER = Arrays.stream(SigningAlgorithm.values())
      .sorted(Comparator.comparing((SigningAlgorithm a) -> !a.name().startsWith("RSASSA_PKCS1")))
      .toArray(SigningAlgorithm[]::new);

  private KeySpecRules() {}

  /** The usages a key of {@code spec} may be created with. */
  public static Set<String> usages(String spec) {
    if (SYMMETRIC_DEFAULT.equals(spec)) {
      return Set.of(ENCRYPT_DECRYPT);
    }
    KeySpec s = KeySpec.valueOf(spec);
    return switch (s.family()) {
      case RSA -> Set.of(ENCRYPT_DECRYPT, SIGN_VERIFY);
      case ECC -> s == KeySpec.SM2 ? Set.of(ENCRYPT_DECRYPT, SIGN_VERIFY, KEY_AGREEMENT)
          : Set.of(SIGN_VERIFY, KEY_AGREEMENT);
      case EDWARDS, ML_DSA -> Set.of(SIGN_VERIFY);
      case ML_KEM -> Set.of(ENCAPSULATE_DECAPSULATE);
      case HMAC -> Set.of(GENERATE_VERIFY_MAC);
    };
  }

  public static List<String> encryptionAlgorithms(String spec, String usage) {
    if (!ENCRYPT_DECRYPT.equals(usage)) {
      return null;
    }
    if (SYMMETRIC_DEFAULT.equals(spec)) {
      return List.of(SYMMETRIC_DEFAULT);
    }
    return names(EncryptionAlgorithm.values(), a -> a.supports(KeySpec.valueOf(spec)));
  }

  /**
   * In AWS's order, which is not the enum's: the API reference's DescribeKey example of an RSA key
   * lists RSASSA_PKCS1_V1_5_SHA_256/384/512 before RSASSA_PSS_SHA_256/384/512.
   */
  public static List<String> signingAlgorithms(String spec, String usage) {
    return SIGN_VERIFY.equals(usage)
        ? names(SIGNING_ORDER, a -> a.supports(KeySpec.valueOf(spec))) : null;
  }

  public static List<String> macAlgorithms(String spec, String usage) {
    return GENERATE_VERIFY_MAC.equals(usage)
        ? names(MacAlgorithm.values(), a -> a.supports(KeySpec.valueOf(spec))) : null;
  }

  public static List<String> keyAgreementAlgorithms(String spec, String usage) {
    return KEY_AGREEMENT.equals(usage) ? List.of(KeyAgreementAlgorithm.ECDH.name()) : null;
  }

  public static List<String> encapsulationAlgorithms(String spec, String usage) {
    return ENCAPSULATE_DECAPSULATE.equals(usage) ? List.of(EncapsulationAlgorithm.ML_KEM.name()) : null;
  }

  private static <E extends Enum<E>> List<String> names(E[] values, java.util.function.Predicate<E> keep) {
    return Arrays.stream(values).filter(keep).map(Enum::name).toList();
  }
}
