package dev.trent.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.trent.protocol.codec.JsonCodec;
import dev.trent.protocol.wire.DescribeKeyResponse;
import dev.trent.protocol.wire.EncryptResponse;
import dev.trent.protocol.wire.KeyMetadata;
import dev.trent.protocol.wire.ReEncryptResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseKeysTest {
  private final JsonCodec codec = new JsonCodec();

  @Test
  void keyMembers_readFromTheRecord_areWhatTheCodecWrites() {
    KeyMetadata metadata = codec.bind(codec.parse(
        "{\"KeyId\":\"k\",\"Arn\":\"arn:aws:kms:us-east-1:111122223333:key/k\"}".getBytes(StandardCharsets.UTF_8)),
        KeyMetadata.class);
    List<Object> responses = List.of(
        new EncryptResponse(new byte[4096], "arn:aws:kms:us-east-1:111122223333:key/k", "SYMMETRIC_DEFAULT"),
        new ReEncryptResponse(new byte[10], "arn:src", "arn:dst", null, null, null, null),
        new DescribeKeyResponse(metadata),
        new EncryptResponse(new byte[1], null, null));
    for (Object response : responses) {
      var written = codec.members(codec.write(response), TouchedKeys.RESPONSE_MEMBERS);
      var read = ResponseKeys.of(response);
      assertThat(read.path("KeyId")).as(response.getClass().getSimpleName()).isEqualTo(written.path("KeyId"));
      assertThat(read.path("SourceKeyId")).isEqualTo(written.path("SourceKeyId"));
      assertThat(read.path("KeyMetadata").path("Arn")).isEqualTo(written.path("KeyMetadata").path("Arn"));
      assertThat(TouchedKeys.of(null, read, "111122223333", "us-east-1"))
          .isEqualTo(TouchedKeys.of(null, written, "111122223333", "us-east-1"));
    }
    assertThat(ResponseKeys.of(responses.get(2)).path("KeyMetadata").path("Arn").asText())
        .isEqualTo("arn:aws:kms:us-east-1:111122223333:key/k");
  }

  @Test
  void aResponseWithoutKeyMembers_givesAnEmptyObject() {
    assertThat(ResponseKeys.of("not a record")).isEqualTo(JsonNodeFactory.instance.objectNode());
    assertThat(ResponseKeys.of(null)).isEqualTo(JsonNodeFactory.instance.objectNode());
  }
}
