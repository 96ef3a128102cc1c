package dev.trent.protocol.validate;

import static dev.trent.protocol.validate.TestJson.parse;
import static dev.trent.protocol.validate.TestJson.repeat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.protocol.error.ValidationException;
import dev.trent.protocol.model.ServiceModel;
import org.junit.jupiter.api.Test;

/** Paths and values of violations inside structures and lists of the KMS model. */
class NestedPathsTest {
  private static final RequestValidator VALIDATOR = new RequestValidator(ServiceModel.kms());
  private static final String ONE = "1 validation error detected: ";

  private static void assertMessage(String operation, String body, String message) {
    assertThatThrownBy(() -> VALIDATOR.validate(operation, parse(body)))
        .isInstanceOf(ValidationException.class)
        .hasMessage(message);
  }

  @Test
  void nestedStructureMembers_areJoinedWithDots() {
    assertMessage("GenerateRandom",
        "{'Recipient': {'KeyEncryptionAlgorithm': 'RSA', 'AttestationDocument': ''}}",
        "2 validation errors detected: Value 'RSA' at 'recipient.keyEncryptionAlgorithm' failed "
            + "to satisfy constraint: Member must satisfy enum value set: [RSAES_OAEP_SHA_256]; "
            + "Value at 'recipient.attestationDocument' failed to satisfy constraint: Member must "
            + "have length greater than or equal to 1");
  }

  @Test
  void structuresInLists_areNumberedFromOne() {
    assertMessage("CreateKey",
        "{'Tags': [{'TagKey': 'a', 'TagValue': 'b'}, {'TagValue': 'c'}, {'TagKey': 'd'}]}",
        "2 validation errors detected: Value null at 'tags.2.member.tagKey' failed to satisfy "
            + "constraint: Member must not be null; Value null at 'tags.3.member.tagValue' failed "
            + "to satisfy constraint: Member must not be null");
  }

  @Test
  void listLength_showsTheList() {
    assertMessage("Encrypt",
        "{'KeyId': 'k', 'Plaintext': 'AA==', 'GrantTokens': "
            + "['t', 't', 't', 't', 't', 't', 't', 't', 't', 't', 't']}",
        ONE + "Value '[t, t, t, t, t, t, t, t, t, t, t]' at 'grantTokens' failed to satisfy "
            + "constraint: Member must have length less than or equal to 10");
  }

  @Test
  void brokenStringElements_areReportedOnceForTheListWithAllElementConstraints() {
    String longKey = repeat('a', 129);
    assertMessage("UntagResource", "{'KeyId': 'k', 'TagKeys': ['ok', '" + longKey + "', '']}",
        ONE + "Value '[ok, " + longKey + ", ]' at 'tagKeys' failed to satisfy constraint: "
            + "Member must satisfy constraint: [Member must have length less than or equal to 128, "
            + "Member must have length greater than or equal to 1]");
  }

  @Test
  void brokenEnumElements_listTheEnumSet() {
    assertMessage("CreateGrant", "{'KeyId': 'k', 'Operations': ['Encrypt', 'Fly']}",
        ONE + "Value '[Encrypt, Fly]' at 'operations' failed to satisfy constraint: Member must "
            + "satisfy constraint: [Member must satisfy enum value set: [Decrypt, Encrypt, "
            + "GenerateDataKey, GenerateDataKeyWithoutPlaintext, ReEncryptFrom, ReEncryptTo, Sign, "
            + "Verify, GetPublicKey, CreateGrant, RetireGrant, DescribeKey, GenerateDataKeyPair, "
            + "GenerateDataKeyPairWithoutPlaintext, GenerateMac, VerifyMac, DeriveSharedSecret, "
            + "Decapsulate, Encapsulate]]");
  }

  @Test
  void nullListElements_areSkipped() {
    assertThatCode(() -> VALIDATOR.validate("Encrypt",
            parse("{'KeyId': 'k', 'Plaintext': 'AA==', 'GrantTokens': ['t', null]}")))
        .doesNotThrowAnyException();
  }

  @Test
  void encryptionContext_acceptsAnyStrings() {
    assertThatCode(() -> VALIDATOR.validate("CreateGrant", parse("{'KeyId': 'k', "
            + "'Operations': ['Decrypt'], 'Constraints': {'EncryptionContextSubset': "
            + "{'': '', 'Department': 'Finance', 'nothing': null}}}")))
        .doesNotThrowAnyException();
  }
}
