package dev.trent.protocol.validate;

import static dev.trent.protocol.validate.TestJson.parse;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.protocol.error.ValidationException;
import dev.trent.protocol.model.ServiceModel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Map constraints and constrained list elements, which the KMS model barely uses, on a small
 * model of their own. Wording as AWS answers for other services' maps, e.g. {@code Value
 * '{k=v}' at 'x' failed to satisfy constraint: Map keys must satisfy constraint: [...]}.
 */
class MapsAndScalarListsTest {
  private static final String MODEL = """
      {"targetPrefix": "Test",
       "operations": {"Put": {"input": "PutRequest", "output": null}},
       "shapes": {
        "PutRequest": {"type": "structure",
                       "members": {"Labels": "LabelMap", "Counts": "CountList", "Nested": "InnerMap"}},
        "LabelMap": {"type": "map", "key": "LabelKey", "value": "LabelValue", "min": 1, "max": 2},
        "LabelKey": {"type": "string", "min": 1, "max": 5, "pattern": "^[a-z]+$"},
        "LabelValue": {"type": "string", "min": 0, "max": 3},
        "CountList": {"type": "list", "member": "Count", "max": 3},
        "Count": {"type": "integer", "min": 0, "max": 9},
        "InnerMap": {"type": "map", "key": "LabelKey", "value": "Inner"},
        "Inner": {"type": "structure", "members": {"Name": "LabelValue"}, "required": ["Name"]}
       }}
      """;
  private static final RequestValidator VALIDATOR = new RequestValidator(
      ServiceModel.read(new ByteArrayInputStream(MODEL.getBytes(StandardCharsets.UTF_8))));
  private static final String ONE = "1 validation error detected: ";
  private static final String KEYS = "Map keys must satisfy constraint: [Member must have length "
      + "less than or equal to 5, Member must have length greater than or equal to 1, Member must "
      + "satisfy regular expression pattern: ^[a-z]+$]";
  private static final String VALUES = "Map value must satisfy constraint: [Member must have "
      + "length less than or equal to 3, Member must have length greater than or equal to 0]";

  private static void assertMessage(String body, String message) {
    assertThatThrownBy(() -> VALIDATOR.validate("Put", parse(body)))
        .isInstanceOf(ValidationException.class)
        .hasMessage(message);
  }

  @Test
  void brokenMapKey_listsAllKeyConstraints() {
    assertMessage("{'Labels': {'BAD': 'v'}}",
        ONE + "Value '{BAD=v}' at 'labels' failed to satisfy constraint: " + KEYS);
  }

  @Test
  void brokenMapValue_listsAllValueConstraints() {
    assertMessage("{'Labels': {'ok': 'long'}}",
        ONE + "Value '{ok=long}' at 'labels' failed to satisfy constraint: " + VALUES);
  }

  @Test
  void brokenKeysAndValues_areReportedOnceEachKeysFirst() {
    assertMessage("{'Labels': {'ok': 'long', 'BAD': 'v'}}",
        "2 validation errors detected: Value '{ok=long, BAD=v}' at 'labels' failed to satisfy "
            + "constraint: " + KEYS + "; Value '{ok=long, BAD=v}' at 'labels' failed to satisfy "
            + "constraint: " + VALUES);
  }

  @Test
  void mapSize_isItsLength() {
    assertMessage("{'Labels': {}}", ONE + "Value '{}' at 'labels' failed to satisfy constraint: "
        + "Member must have length greater than or equal to 1");
    assertMessage("{'Labels': {'a': '1', 'b': '2', 'c': '3'}}",
        ONE + "Value '{a=1, b=2, c=3}' at 'labels' failed to satisfy constraint: "
            + "Member must have length less than or equal to 2");
  }

  @Test
  void structureMapValues_areCheckedAtTheirKey() {
    assertMessage("{'Nested': {'abc': {}}}", ONE + "Value null at 'nested.abc.name' failed to "
        + "satisfy constraint: Member must not be null");
  }

  @Test
  void brokenIntegerElements_areReportedForTheList() {
    assertMessage("{'Counts': [1, 10]}",
        ONE + "Value '[1, 10]' at 'counts' failed to satisfy constraint: Member must satisfy "
            + "constraint: [Member must have value less than or equal to 9, Member must have value "
            + "greater than or equal to 0]");
  }

  @Test
  void listTooLongWithBrokenElements_reportsBoth() {
    assertMessage("{'Counts': [1, 2, 3, -1]}",
        "2 validation errors detected: Value '[1, 2, 3, -1]' at 'counts' failed to satisfy "
            + "constraint: Member must have length less than or equal to 3; Value '[1, 2, 3, -1]' at "
            + "'counts' failed to satisfy constraint: Member must satisfy constraint: [Member must "
            + "have value less than or equal to 9, Member must have value greater than or equal to "
            + "0]");
  }

  @Test
  void validValues_pass() {
    assertThatCode(() -> VALIDATOR.validate("Put",
            parse("{'Labels': {'ok': 'v'}, 'Counts': [0, 9], 'Nested': {'a': {'Name': ''}}}")))
        .doesNotThrowAnyException();
  }
}
