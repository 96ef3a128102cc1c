package dev.trent.protocol.validate;

import static dev.trent.protocol.validate.TestJson.base64OfLength;
import static dev.trent.protocol.validate.TestJson.parse;
import static dev.trent.protocol.validate.TestJson.repeat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.protocol.error.ValidationException;
import dev.trent.protocol.model.ServiceModel;
import org.junit.jupiter.api.Test;

/** Each kind of model constraint, checked on real KMS operations. */
class ConstraintsTest {
  private static final RequestValidator VALIDATOR = new RequestValidator(ServiceModel.kms());
  private static final String ONE = "1 validation error detected: ";

  private static void assertMessage(String operation, String body, String message) {
    assertThatThrownBy(() -> VALIDATOR.validate(operation, parse(body)))
        .isInstanceOf(ValidationException.class)
        .hasMessage(message);
  }

  private static void assertValid(String operation, String body) {
    assertThatCode(() -> VALIDATOR.validate(operation, parse(body))).doesNotThrowAnyException();
  }

  @Test
  void missingRequiredMembers_areAllReportedInModelOrder() {
    assertMessage("Encrypt", "{}",
        "2 validation errors detected: Value null at 'keyId' failed to satisfy constraint: "
            + "Member must not be null; Value null at 'plaintext' failed to satisfy constraint: "
            + "Member must not be null");
  }

  @Test
  void jsonNull_countsAsAbsent() {
    assertMessage("ScheduleKeyDeletion", "{'KeyId': null}",
        ONE + "Value null at 'keyId' failed to satisfy constraint: Member must not be null");
    assertValid("ScheduleKeyDeletion", "{'KeyId': 'k', 'PendingWindowInDays': null}");
  }

  @Test
  void unknownMembers_areIgnored() {
    assertValid("Encrypt", "{'KeyId': 'k', 'Plaintext': 'AA==', 'Bogus': {'x': [1, true]}}");
  }

  @Test
  void operationWithoutRequiredMembers_acceptsAnEmptyBody() {
    assertValid("ListKeys", "{}");
  }

  @Test
  void stringLength_isCheckedAtBothEnds() {
    assertMessage("DescribeKey", "{'KeyId': ''}",
        ONE + "Value '' at 'keyId' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 1");
    String tooLong = repeat('k', 2049);
    assertMessage("DescribeKey", "{'KeyId': '" + tooLong + "'}",
        ONE + "Value '" + tooLong + "' at 'keyId' failed to satisfy constraint: "
            + "Member must have length less than or equal to 2048");
  }

  @Test
  void stringLength_countsCharactersNotUtf16Units() {
    assertValid("DescribeKey", "{'KeyId': '" + "\uD83D\uDD11".repeat(2048) + "'}");
  }

  @Test
  void blobLength_countsDecodedBytes() {
    assertValid("Encrypt", "{'KeyId': 'k', 'Plaintext': '" + base64OfLength(4096) + "'}");
    assertMessage("Encrypt", "{'KeyId': 'k', 'Plaintext': ''}",
        ONE + "Value at 'plaintext' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 1");
  }

  @Test
  void integerRange_isCheckedAtBothEnds() {
    assertMessage("ScheduleKeyDeletion", "{'KeyId': 'k', 'PendingWindowInDays': 366}",
        ONE + "Value '366' at 'pendingWindowInDays' failed to satisfy constraint: "
            + "Member must have value less than or equal to 365");
    assertValid("ScheduleKeyDeletion", "{'KeyId': 'k', 'PendingWindowInDays': 365}");
  }

  @Test
  void fractionalInteger_isTruncatedAsAwsDoes() {
    assertMessage("ScheduleKeyDeletion", "{'KeyId': 'k', 'PendingWindowInDays': 0.9}",
        ONE + "Value '0' at 'pendingWindowInDays' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 1");
  }

  @Test
  void pattern_mustMatchTheWholeValue() {
    assertMessage("GetKeyPolicy", "{'KeyId': 'k', 'PolicyName': 'default!'}",
        ONE + "Value 'default!' at 'policyName' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\w]+");
    // The model writes this one without anchors; a match inside the value is not enough.
    assertMessage("CreateCustomKeyStore",
        "{'CustomKeyStoreName': 'n', 'CloudHsmClusterId': 'xcluster-234567abcdefg'}",
        ONE + "Value 'xcluster-234567abcdefg' at 'cloudHsmClusterId' failed to satisfy "
            + "constraint: Member must satisfy regular expression pattern: "
            + "cluster-[2-7a-zA-Z]{11,16}");
    assertValid("GetKeyPolicy", "{'KeyId': 'k', 'PolicyName': 'default'}");
  }

  @Test
  void lengthAndPatternBrokenTogether_areBothReported() {
    assertMessage("GetKeyPolicy", "{'KeyId': 'k', 'PolicyName': ''}",
        "2 validation errors detected: Value '' at 'policyName' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 1; Value '' at 'policyName' failed "
            + "to satisfy constraint: Member must satisfy regular expression pattern: [\\w]+");
  }

  @Test
  void enumValue_listsTheModelSet() {
    assertMessage("Encrypt", "{'KeyId': 'k', 'Plaintext': 'AA==', 'EncryptionAlgorithm': 'AES'}",
        ONE + "Value 'AES' at 'encryptionAlgorithm' failed to satisfy constraint: Member must "
            + "satisfy enum value set: [SYMMETRIC_DEFAULT, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, "
            + "SM2PKE]");
  }

  @Test
  void sensitiveString_isNotShown() {
    assertMessage("CreateCustomKeyStore",
        "{'CustomKeyStoreName': 'n', 'KeyStorePassword': 'secret'}",
        ONE + "Value at 'keyStorePassword' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 7");
  }

  @Test
  void severalViolations_followModelMemberOrderNotJsonOrder() {
    String description = repeat('d', 8193);
    assertMessage("CreateKey",
        "{'KeySpec': 'X', 'KeyUsage': 'Y', 'Description': '" + description + "'}",
        "3 validation errors detected: Value '" + description + "' at 'description' failed to "
            + "satisfy constraint: Member must have length less than or equal to 8192; Value 'Y' at "
            + "'keyUsage' failed to satisfy constraint: Member must satisfy enum value set: "
            + "[ENCRYPT_DECRYPT, SIGN_VERIFY, GENERATE_VERIFY_MAC, KEY_AGREEMENT, "
            + "ENCAPSULATE_DECAPSULATE]; Value 'X' at 'keySpec' failed to satisfy constraint: Member "
            + "must satisfy enum value set: [RSA_2048, ECC_NIST_P384, ECC_NIST_P256, ECC_NIST_P521, "
            + "HMAC_384, RSA_3072, ECC_SECG_P256K1, RSA_4096, SYMMETRIC_DEFAULT, HMAC_256, HMAC_224, "
            + "HMAC_512, SM2, ML_DSA_44, ML_DSA_65, ML_DSA_87, ECC_NIST_EDWARDS25519, ML_KEM_1024, "
            + "ML_KEM_512, ML_KEM_768]");
  }
}
