package dev.trent.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.protocol.error.KMSInternalException;
import dev.trent.protocol.error.SerializationException;
import dev.trent.protocol.wire.AliasListEntry;
import dev.trent.protocol.wire.EncryptRequest;
import dev.trent.protocol.wire.EncryptResponse;
import dev.trent.protocol.wire.TagResourceRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonCodecTest {
  private final JsonCodec codec = new JsonCodec();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void trailingTokens_areSerializationException() {
    for (String body : new String[] {"{}{}", "{} garbage", "{\"KeyId\":\"k\"} 1"}) {
      assertThatThrownBy(() -> codec.parse(utf8(body))).as(body).isInstanceOf(SerializationException.class);
    }
  }

  @Test
  void emptyBody_isAnEmptyObject() {
    assertThat(codec.parse(new byte[0]).isObject()).isTrue();
    assertThat(codec.parse(utf8("   ")).isObject()).isTrue();
  }

  @Test
  void bind_dropsNullsAtEveryDepth() {
    TagResourceRequest r = codec.bind(
        codec.parse(utf8("{\"KeyId\":\"k\",\"Tags\":[null,{\"TagKey\":\"a\",\"TagValue\":\"b\"}]}")),
        TagResourceRequest.class);
    assertThat(r.tags()).hasSize(1);
    assertThat(r.tags().get(0).tagKey()).isEqualTo("a");
  }

  @Test
  void write_usesUpperCamelCaseEpochSecondsAndOmitsAbsentMembers() {
    String json = new String(codec.write(new AliasListEntry("alias/a", null, "k",
        Instant.ofEpochMilli(1_700_000_000_123L), null)), StandardCharsets.UTF_8);
    assertThat(json).isEqualTo(
        "{\"AliasName\":\"alias/a\",\"TargetKeyId\":\"k\",\"CreationDate\":1700000000.123}");
  }

  @Test
  void error_hasTypeAndMessage_andNoMessageWhenAwsSendsNone() {
    assertThat(new String(codec.error(new KMSInternalException("boom")), StandardCharsets.UTF_8))
        .isEqualTo("{\"__type\":\"KMSInternalException\",\"message\":\"boom\"}");
    assertThat(new String(codec.error(new dev.trent.protocol.error.InvalidCiphertextException(null)),
        StandardCharsets.UTF_8)).isEqualTo("{\"__type\":\"InvalidCiphertextException\"}");
  }

  @Test
  void blobs_areWrittenAndReadAsPaddedStandardBase64() {
    byte[] blob = new byte[256 + 2];
    for (int i = 0; i < blob.length; i++) {
      blob[i] = (byte) i;
    }
    String b64 = java.util.Base64.getEncoder().encodeToString(blob);
    assertThat(new String(codec.write(new EncryptResponse(blob, "k", null)), StandardCharsets.UTF_8))
        .isEqualTo("{\"CiphertextBlob\":\"" + b64 + "\",\"KeyId\":\"k\"}");
    EncryptRequest bound = codec.bind(codec.parse(utf8("{\"KeyId\":\"k\",\"Plaintext\":\"" + b64 + "\"}")),
        EncryptRequest.class);
    assertThat(bound.plaintext()).isEqualTo(blob);
    assertThat(codec.bind(codec.parse(utf8("{\"Plaintext\":\"\"}")), EncryptRequest.class).plaintext()).isEmpty();
  }

  @Test
  void blobs_thatAreNotBase64_areSerializationException() {
    assertThatThrownBy(() -> codec.bind(codec.parse(utf8("{\"Plaintext\":\"a*b=\"}")), EncryptRequest.class))
        .isInstanceOf(SerializationException.class);
  }

  @Test
  void members_readsOnlyTheNamedMembers() {
    byte[] body = utf8("{\"CiphertextBlob\":\"AAAA\",\"KeyId\":\"arn:k\",\"KeyMetadata\":{\"Arn\":\"a\",\"Tags\":[1,{}]},"
        + "\"Other\":[{\"KeyId\":\"inner\"}]}");
    assertThat(codec.members(body, java.util.Set.of("KeyId", "KeyMetadata", "SourceKeyId")).toString())
        .isEqualTo("{\"KeyId\":\"arn:k\",\"KeyMetadata\":{\"Arn\":\"a\",\"Tags\":[1,{}]}}");
    assertThat(codec.members(new byte[0], java.util.Set.of("KeyId")).isEmpty()).isTrue();
  }
}
