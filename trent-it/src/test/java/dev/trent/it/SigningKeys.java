package dev.trent.it;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyMetadata;

/**
 * One SIGN_VERIFY key per key spec on a test's Trent, made on first use (RSA_4096 takes a while),
 * and the signing algorithms and message types AWS offers for each. SM2 keys live in {@code
 * cn-north-1}, the only kind of region where AWS (and Trent's default) offers them.
 */
final class SigningKeys {
  static final String SM2_REGION = "cn-north-1";

  /** Spec to signing algorithms, per the Developer Guide's key spec reference, in AWS's order. */
  static final Map<String, List<String>> ALGORITHMS = Map.ofEntries(
      Map.entry("RSA_2048", rsa()), Map.entry("RSA_3072", rsa()), Map.entry("RSA_4096", rsa()),
      Map.entry("ECC_NIST_P256", List.of("ECDSA_SHA_256")),
      Map.entry("ECC_NIST_P384", List.of("ECDSA_SHA_384")),
      Map.entry("ECC_NIST_P521", List.of("ECDSA_SHA_512")),
      Map.entry("ECC_SECG_P256K1", List.of("ECDSA_SHA_256")),
      Map.entry("ECC_NIST_EDWARDS25519", List.of("ED25519_SHA_512", "ED25519_PH_SHA_512")),
      Map.entry("ML_DSA_44", List.of("ML_DSA_SHAKE_256")),
      Map.entry("ML_DSA_65", List.of("ML_DSA_SHAKE_256")),
      Map.entry("ML_DSA_87", List.of("ML_DSA_SHAKE_256")),
      Map.entry("SM2", List.of("SM2DSA")));

  private final KmsClient kms;
  private final KmsClient china;
  private final Map<String, KeyMetadata> keys = new HashMap<>();

  SigningKeys(TrentFixture trent) {
    this.kms = trent.client();
    this.china = trent.client("AKIDEXAMPLE", "secret", SM2_REGION);
  }

  /** The message types API reference, Sign, allows with {@code algorithm}. */
  static List<String> messageTypes(String algorithm) {
    return switch (algorithm) {
      case "ED25519_SHA_512" -> List.of("RAW");
      case "ED25519_PH_SHA_512" -> List.of("DIGEST");
      case "ML_DSA_SHAKE_256" -> List.of("RAW", "EXTERNAL_MU");
      default -> List.of("RAW", "DIGEST");
    };
  }

  KeyMetadata key(String spec) {
    return keys.computeIfAbsent(spec, s -> client(s).createKey(r -> r.keySpec(s).keyUsage("SIGN_VERIFY")
        .description("signing key " + s)).keyMetadata());
  }

  KmsClient client(String spec) {
    return spec.equals("SM2") ? china : kms;
  }

  void close() {
    kms.close();
    china.close();
  }

  private static List<String> rsa() {
    return List.of("RSASSA_PSS_SHA_256", "RSASSA_PSS_SHA_384", "RSASSA_PSS_SHA_512",
        "RSASSA_PKCS1_V1_5_SHA_256", "RSASSA_PKCS1_V1_5_SHA_384", "RSASSA_PKCS1_V1_5_SHA_512");
  }
}
