package dev.trent.protocol.validate;

import static dev.trent.protocol.validate.TestJson.parse;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.NullNode;
import dev.trent.protocol.error.SerializationException;
import dev.trent.protocol.model.ServiceModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Members of the wrong JSON type get AWS's SerializationException wording. */
class WrongTypesTest {
  private static final RequestValidator VALIDATOR = new RequestValidator(ServiceModel.kms());

  private static void assertSerialization(String operation, String body, String message) {
    assertThatThrownBy(() -> VALIDATOR.validate(operation, parse(body)))
        .isInstanceOf(SerializationException.class)
        .hasMessage(message);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "DescribeKey      | {'KeyId': 5}                   | NUMBER_VALUE can not be converted to a String",
      "DescribeKey      | {'KeyId': 1.5}                 | NUMBER_VALUE can not be converted to a String",
      "DescribeKey      | {'KeyId': true}                | TRUE_VALUE can not be converted to a String",
      "DescribeKey      | {'KeyId': false}               | FALSE_VALUE can not be converted to a String",
      "DescribeKey      | {'KeyId': ['k']}               | Start of list found where not expected",
      "DescribeKey      | {'KeyId': {}}                  | Start of structure or map found where not expected.",
      "GenerateRandom   | {'NumberOfBytes': '32'}        | STRING_VALUE can not be converted to an Integer",
      "GenerateRandom   | {'NumberOfBytes': true}        | TRUE_VALUE can not be converted to an Integer",
      "GenerateRandom   | {'NumberOfBytes': 2147483648}  | NUMBER_VALUE can not be converted to an Integer",
      "GenerateRandom   | {'NumberOfBytes': [1]}         | Start of list found where not expected",
      "GenerateRandom   | {'Recipient': 'x'}             | Expected null",
      "GenerateRandom   | {'Recipient': 1}               | Expected null",
      "GenerateRandom   | {'Recipient': []}              | Start of list found where not expected",
      "ListKeys         | {'Limit': {'a': 1}}            | Start of structure or map found where not expected.",
      "CreateKey        | {'MultiRegion': 'true'}        | STRING_VALUE can not be converted to an Boolean",
      "CreateKey        | {'MultiRegion': 1}             | NUMBER_VALUE can not be converted to a Boolean",
      "CreateKey        | {'Tags': {}}                   | Start of structure or map found where not expected.",
      "CreateKey        | {'Tags': 'x'}                  | Expected list or null",
      "CreateKey        | {'Tags': ['x']}                | Expected null",
      "CreateKey        | {'Tags': [{'TagKey': 1}]}      | NUMBER_VALUE can not be converted to a String",
      "UntagResource    | {'TagKeys': [1]}               | NUMBER_VALUE can not be converted to a String",
      "UntagResource    | {'TagKeys': [['a']]}           | Start of list found where not expected",
      "Decrypt          | {'EncryptionContext': []}      | Start of list found where not expected",
      "Decrypt          | {'EncryptionContext': 'x'}     | Expected map or null",
      "Decrypt          | {'EncryptionContext': {'a': 1}} | NUMBER_VALUE can not be converted to a String",
      "Decrypt          | {'CiphertextBlob': 12}         | NUMBER_VALUE can not be converted to a Blob",
      "Decrypt          | {'CiphertextBlob': 'abc'}      | Value can not be converted to a Blob: Base64 encoded length is expected a multiple of 4 bytes but found: 3",
      "ImportKeyMaterial | {'ValidTo': '2030-01-01'}     | STRING_VALUE can not be converted to a Timestamp",
  })
  void wrongJsonType_isASerializationException(String operation, String body, String message) {
    assertSerialization(operation, body, message);
  }

  @Test
  void timestamp_acceptsEpochSecondsWithFractions() {
    assertThatCode(() -> VALIDATOR.validate("ImportKeyMaterial", parse("{'KeyId': 'k', "
            + "'ImportToken': 'AA==', 'EncryptedKeyMaterial': 'AA==', 'ValidTo': 1893456000.25}")))
        .doesNotThrowAnyException();
  }

  @Test
  void wrongType_winsOverConstraintViolations() {
    assertSerialization("Encrypt", "{'KeyId': '', 'GrantTokens': 'x'}", "Expected list or null");
  }

  @Test
  void bodyThatIsAList_namesTheList() {
    assertSerialization("ListKeys", "[]", "Start of list found where not expected");
  }

  @Test
  void bodyThatIsAScalar_hasNoMessage() {
    assertThatThrownBy(() -> VALIDATOR.validate("ListKeys", parse("\"x\"")))
        .isInstanceOf(SerializationException.class)
        .hasMessage(null);
    assertThatThrownBy(() -> VALIDATOR.validate("ListKeys", NullNode.getInstance()))
        .isInstanceOf(SerializationException.class);
  }

  @Test
  void unknownOperation_isACallerBug() {
    assertThatThrownBy(() -> VALIDATOR.validate("Fly", parse("{}")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
