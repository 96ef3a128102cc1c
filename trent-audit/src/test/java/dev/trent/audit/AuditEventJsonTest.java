package dev.trent.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditEventJsonTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void writtenByHand_isByteForByteWhatTheMapperWritesFromTheRecord() throws Exception {
    ObjectNode parameters = NODES.objectNode().put("keyId", "k \"quoted\" \u00e9\u2028")
        .put("encryptionAlgorithm", "SYMMETRIC_DEFAULT");
    parameters.putObject("encryptionContext").put("a/b", "\ud83d\ude00").putNull("n");
    parameters.putArray("grantTokens").add("t1").add(2).add(true);
    ObjectNode response = NODES.objectNode();
    response.putObject("keyMetadata").put("creationDate", "Dec 4, 2020, 12:00:00 AM").put("enabled", true);
    List<AuditEvent> events = List.of(
        event(UserIdentity.of("arn:aws:iam::111122223333:user/alice", "111122223333", "AKIA1"), null, null,
            parameters, null, List.of(AuditResource.key("111122223333", "arn:aws:kms:us-east-1:111122223333:key/k"))),
        event(UserIdentity.unauthenticated("AKIA\u0000\n"), "AccessDeniedException", "no \t tabs\r\n",
            null, response, List.of()),
        event(UserIdentity.of("arn:aws:iam::111122223333:root", "111122223333", "AKIA2"), null, null,
            NODES.objectNode(), NODES.objectNode(), null),
        event(null, null, null, null, null, List.of(AuditResource.key(null, "arn:x"), AuditResource.key("1", "arn:y"))));
    for (AuditEvent e : events) {
      byte[] mapper = AuditJson.MAPPER.writeValueAsBytes(e);
      assertThat(new String(AuditJson.bytes(e), StandardCharsets.UTF_8))
          .isEqualTo(new String(mapper, StandardCharsets.UTF_8));
      assertThat(AuditJson.bytes(e)).isEqualTo(mapper);
    }
  }

  private static AuditEvent event(UserIdentity identity, String errorCode, String errorMessage,
      com.fasterxml.jackson.databind.JsonNode parameters, com.fasterxml.jackson.databind.JsonNode response,
      List<AuditResource> resources) {
    return new AuditEvent(AuditEvent.EVENT_VERSION, identity, "2026-11-28T16:00:00Z", AuditEvent.EVENT_SOURCE,
        "Encrypt", identity == null ? null : "us-east-1", "127.0.0.1", identity == null ? null : "aws-sdk-java/2 \"x\"",
        errorCode, errorMessage, parameters, response, "req-1", "evt-1", errorCode == null, resources,
        "AwsApiCall", true, identity == null ? null : "111122223333", "Management");
  }
}
