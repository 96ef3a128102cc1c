package dev.trent.protocol.validate;

import static dev.trent.protocol.validate.TestJson.base64OfLength;
import static dev.trent.protocol.validate.TestJson.parse;
import static dev.trent.protocol.validate.TestJson.repeat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.protocol.error.ValidationException;
import dev.trent.protocol.model.ServiceModel;
import org.junit.jupiter.api.Test;

/** The validation messages recorded from the real AWS KMS in ../shared/aws-errors.md. */
class RecordedAwsMessagesTest {
  private static final RequestValidator VALIDATOR = new RequestValidator(ServiceModel.kms());

  private static void assertMessage(String operation, String body, String message) {
    assertThatThrownBy(() -> VALIDATOR.validate(operation, parse(body)))
        .isInstanceOf(ValidationException.class)
        .hasMessage(message);
  }

  @Test
  void numberOfBytesZero_isBelowMinimum() {
    assertMessage("GenerateRandom", "{'NumberOfBytes': 0}",
        "1 validation error detected: Value '0' at 'numberOfBytes' failed to satisfy constraint: "
            + "Member must have value greater than or equal to 1");
  }

  @Test
  void numberOfBytes1025_isAboveMaximum() {
    assertMessage("GenerateRandom", "{'NumberOfBytes': 1025}",
        "1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy constraint: "
            + "Member must have value less than or equal to 1024");
  }

  @Test
  void plaintextOf4097Bytes_isTooLongWithoutShowingTheValue() {
    assertMessage("Encrypt",
        "{'KeyId': 'alias/a', 'Plaintext': '" + base64OfLength(4097) + "'}",
        "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: "
            + "Member must have length less than or equal to 4096");
  }

  @Test
  void tagKeyOf129Characters_isReportedAtItsListPath() {
    String key = repeat('a', 129);
    assertMessage("CreateKey", "{'Tags': [{'TagKey': '" + key + "', 'TagValue': 'v'}]}",
        "1 validation error detected: Value '" + key + "' at 'tags.1.member.tagKey' failed to "
            + "satisfy constraint: Member must have length less than or equal to 128");
  }

  @Test
  void tagValueOf257Characters_isReportedAtItsListPath() {
    String value = repeat('v', 257);
    assertMessage("TagResource", "{'KeyId': 'k', 'Tags': [{'TagKey': 'k', 'TagValue': '" + value + "'}]}",
        "1 validation error detected: Value '" + value + "' at 'tags.1.member.tagValue' failed to "
            + "satisfy constraint: Member must have length less than or equal to 256");
  }

  @Test
  void macAlgorithmInvalid_listsTheSetInAwsOrder() {
    assertMessage("GenerateMac",
        "{'KeyId': 'k', 'Message': 'AA==', 'MacAlgorithm': 'INVALID'}",
        "1 validation error detected: Value 'INVALID' at 'macAlgorithm' failed to satisfy "
            + "constraint: Member must satisfy enum value set: "
            + "[HMAC_SHA_384, HMAC_SHA_256, HMAC_SHA_224, HMAC_SHA_512]");
  }

  @Test
  void keyAgreementAlgorithmInvalid_listsEcdh() {
    assertMessage("DeriveSharedSecret",
        "{'KeyId': 'k', 'KeyAgreementAlgorithm': 'INVALID', 'PublicKey': 'AA=='}",
        "1 validation error detected: Value 'INVALID' at 'keyAgreementAlgorithm' failed to satisfy "
            + "constraint: Member must satisfy enum value set: [ECDH]");
  }

  @Test
  void keyUsageRandom_keepsTheRecordedOrderAndAppendsNewerValues() {
    // The recording predates KEY_AGREEMENT and ENCAPSULATE_DECAPSULATE.
    assertMessage("CreateKey", "{'KeyUsage': 'RANDOM'}",
        "1 validation error detected: Value 'RANDOM' at 'keyUsage' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [ENCRYPT_DECRYPT, SIGN_VERIFY, "
            + "GENERATE_VERIFY_MAC, KEY_AGREEMENT, ENCAPSULATE_DECAPSULATE]");
  }

  @Test
  void keySpecHmacRandom_keepsTheRecordedOrder() {
    assertThatThrownBy(() -> VALIDATOR.validate("CreateKey", parse("{'KeySpec': 'HMAC_random'}")))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("1 validation error detected: Value 'HMAC_random' at 'keySpec' "
            + "failed to satisfy constraint: Member must satisfy enum value set: [RSA_2048, "
            + "ECC_NIST_P384, ECC_NIST_P256, ECC_NIST_P521, HMAC_384, RSA_3072, ECC_SECG_P256K1, "
            + "RSA_4096, SYMMETRIC_DEFAULT, HMAC_256, HMAC_224, HMAC_512, SM2, ML_DSA_44");
  }
}
