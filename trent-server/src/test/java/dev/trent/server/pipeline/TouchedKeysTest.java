package dev.trent.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trent.audit.AuditResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TouchedKeysTest {
  private static final String ID = "1234abcd-12ab-34cd-56ef-1234567890ab";
  private static final String ARN = "arn:aws:kms:us-east-1:111122223333:key/" + ID;

  @ParameterizedTest
  @ValueSource(strings = {ARN, "arn:aws-cn:kms:cn-north-1:111122223333:key/mrk-ABC-1",
      "arn:aws:kms:eu-west-3:000000000000:key/x"})
  void keyArns_areRecognized(String arn) {
    assertThat(TouchedKeys.keyArnAccount(arn)).isEqualTo(arn.substring(arn.indexOf(":key/") - 12, arn.indexOf(":key/")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "arn:", "arn::kms:us-east-1:111122223333:key/" + ID,
      "arn:aws:s3:us-east-1:111122223333:key/" + ID, "arn:aws:kms::111122223333:key/" + ID,
      "arn:aws:kms:US-EAST-1:111122223333:key/" + ID, "arn:aws:kms:us-east-1:11112222333:key/" + ID,
      "arn:aws:kms:us-east-1:1111222233334:key/" + ID, "arn:aws:kms:us-east-1:11112222333a:key/" + ID,
      "arn:aws:kms:us-east-1:111122223333:alias/a", "arn:aws:kms:us-east-1:111122223333:key/",
      "arn:aws:kms:us-east-1:111122223333:key/a_b", "arn:aws:kms:us-east-1:111122223333:key/a/b",
      "arn:aws1:kms:us-east-1:111122223333:key/" + ID})
  void otherText_isNoKeyArn(String text) {
    assertThat(TouchedKeys.keyArnAccount(text)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {ID, "mrk-0123456789abcdef0123456789abcdef"})
  void keyIds_areRecognized(String id) {
    assertThat(TouchedKeys.isKeyId(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "alias/a", "1234ABCD-12ab-34cd-56ef-1234567890ab", "1234abcd-12ab-34cd-56ef-1234567890a",
      "1234abcd-12ab-34cd-56ef-1234567890abc", "1234abcd_12ab-34cd-56ef-1234567890ab",
      "mrk-0123456789abcdef0123456789abcdeg", "mrk-0123456789abcdef0123456789abcde"})
  void otherText_isNoKeyId(String text) {
    assertThat(TouchedKeys.isKeyId(text)).isFalse();
  }

  @Test
  void requestAndResponseKeys_areQualifiedAndListedOnce() {
    ObjectNode input = JsonNodeFactory.instance.objectNode().put("KeyId", ID).put("DestinationKeyId", "alias/x");
    ObjectNode output = JsonNodeFactory.instance.objectNode().put("KeyId", ARN)
        .put("SourceKeyId", "arn:aws:kms:us-east-1:444455556666:key/other");
    assertThat(TouchedKeys.of(input, output, "111122223333", "us-east-1")).containsExactly(
        AuditResource.key("111122223333", ARN),
        AuditResource.key("444455556666", "arn:aws:kms:us-east-1:444455556666:key/other"));
    assertThat(TouchedKeys.of(input, null, null, null)).isEmpty();
  }
}
