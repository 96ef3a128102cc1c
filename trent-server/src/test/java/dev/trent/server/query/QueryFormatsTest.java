package dev.trent.server.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.core.iam.NoSuchEntity;
import dev.trent.protocol.error.InvalidSignatureException;
import dev.trent.protocol.error.UnrecognizedClientException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The query protocol's form parameters, XML and error shapes. */
class QueryFormatsTest {
  @Test
  void form_isDecoded_andTagsUnflattened() {
    FormParameters p = FormParameters.parse("Version=2010-05-08&X-Amz-Security-Token=secret",
        ("Action=CreateUser&UserName=a%2Bb"
        + "&Tags.member.1.Key=team&Tags.member.1.Value=x%20y&Tags.member.2.Key=env"
        + "&Tags.member.2.Value=prod").getBytes(StandardCharsets.UTF_8));
    assertThat(p.get("Action")).isEqualTo("CreateUser");
    assertThat(p.get("Version")).isEqualTo("2010-05-08");
    assertThat(p.get("UserName")).isEqualTo("a+b");
    assertThat(p.tags()).containsExactly(Map.entry("team", "x y"), Map.entry("env", "prod"));
    assertThat(p.callParameters()).doesNotContainKeys("Action", "Version", "X-Amz-Security-Token")
        .containsKey("UserName");
  }

  @Test
  void xml_escapesText_andUrlEncodesDocuments() {
    String xml = new Xml().element("Description", "<a & 'b'>").element("Absent", null)
        .document("PolicyDocument", "{\"a\": \"b c\"}").toString();
    assertThat(xml).isEqualTo("<Description>&lt;a &amp; &apos;b&apos;&gt;</Description>"
        + "<PolicyDocument>%7B%22a%22%3A%20%22b%20c%22%7D</PolicyDocument>");
  }

  @Test
  void errors_takeTheQueryProtocolsNames() {
    QueryError signature = QueryError.of(new InvalidSignatureException("bad"));
    assertThat(signature.code()).isEqualTo("SignatureDoesNotMatch");
    assertThat(signature.status()).isEqualTo(403);
    assertThat(QueryError.of(new UnrecognizedClientException("x")).code())
        .isEqualTo("InvalidClientTokenId");
    assertThat(QueryError.of(new NoSuchEntity("The user with name a cannot be found."))
        .xml(QueryApi.IAM_NAMESPACE, "req-1")).isEqualTo(
        "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error>"
            + "<Type>Sender</Type><Code>NoSuchEntity</Code>"
            + "<Message>The user with name a cannot be found.</Message></Error>"
            + "<RequestId>req-1</RequestId></ErrorResponse>");
  }
}
