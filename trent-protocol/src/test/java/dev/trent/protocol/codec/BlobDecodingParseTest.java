package dev.trent.protocol.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trent.protocol.error.SerializationException;
import dev.trent.protocol.model.ServiceModel;
import dev.trent.protocol.wire.EncryptRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link JsonCodec#parse(byte[], int, int, Set)}: blob members decoded straight from the body,
 * and otherwise the very tree the general parse gives.
 */
class BlobDecodingParseTest {
  private static final Set<String> BLOBS = Set.of("Plaintext", "CiphertextBlob");
  private final JsonCodec codec = new JsonCodec();

  @Test
  void canonicalBlobMembers_areDecodedFromTheBody_atAnyOffsetAndSpacing() {
    byte[] secret = new byte[4096];
    new Random(7).nextBytes(secret);
    String text = Base64.getEncoder().encodeToString(secret);
    for (String json : new String[] {
        "{\"KeyId\":\"alias/a\",\"Plaintext\":\"" + text + "\",\"EncryptionContext\":{\"k\":\"v\"}}",
        "{ \"Plaintext\" : \"" + text + "\" }",
        "{\"Plaintext\":\"" + text + "\"\n,\n\"KeyId\":\"k\"}",
        "\t{\"Plaintext\":\"" + text + "\",\"Plaintext2\":null}  "}) {
      byte[] framed = frame(json);
      JsonNode tree = codec.parse(framed, 5, framed.length - 10, BLOBS);

      assertThat(tree.get("Plaintext").isBinary()).as(json).isTrue();
      assertThat(binary(tree.get("Plaintext"))).as(json).isEqualTo(secret);
      assertThat(withBlobsAsText(tree)).as(json).isEqualTo(codec.parse(utf8(json)));
    }
  }

  @Test
  void shortAndEmptyBlobs_andPadding_decode() {
    for (int length = 0; length < 7; length++) {
      byte[] secret = new byte[length];
      Arrays.fill(secret, (byte) (0xf0 + length));
      String json = "{\"CiphertextBlob\":\"" + Base64.getEncoder().encodeToString(secret) + "\"}";
      JsonNode tree = codec.parse(utf8(json), 0, json.length(), BLOBS);
      assertThat(binary(tree.get("CiphertextBlob"))).as(json).isEqualTo(secret);
    }
  }

  /** Not canonical, escaped, not a string, or not a blob member: the general parse's tree, text and all. */
  @ParameterizedTest
  @ValueSource(strings = {
      "{\"Plaintext\":\"QUJD\\u0044\"}",
      "{\"Plaintext\":\"QUJ\"}",
      "{\"Plaintext\":\"QR==\"}",
      "{\"Plaintext\":\"QUJD RA==\"}",
      "{\"Plaintext\":\"QQ==QQ==\"}",
      "{\"Plaintext\":\"QUJ\\\"\"}",
      "{\"Plaintext\":\"ĀQUJ\"}",
      "{\"Plaintext\":12}",
      "{\"Plaintext\":null}",
      "{\"Plaintext\":[\"QUJD\"]}",
      "{\"Plaintext\":{\"a\":\"QUJD\"}}",
      "{\"KeyId\":\"QUJD\"}",
      "{\"Nested\":{\"Plaintext\":\"QUJD\"}}",
      "[\"QUJD\"]",
      "\"QUJD\"",
      "",
      "   "})
  void anythingElse_parsesAsTheGeneralParseDoes(String json) {
    byte[] framed = frame(json);
    JsonNode tree = codec.parse(framed, 5, framed.length - 10, BLOBS);

    assertThat(tree).isEqualTo(codec.parse(utf8(json)));
    if (tree.has("Plaintext")) {
      assertThat(tree.get("Plaintext").isBinary()).isFalse();
    }
  }

  @Test
  void aLaterDuplicate_wins_asInTheGeneralParse() {
    String json = "{\"Plaintext\":\"QUJD\",\"Plaintext\":\"RA==\"}";
    JsonNode tree = codec.parse(utf8(json), 0, json.length(), BLOBS);
    assertThat(binary(tree.get("Plaintext"))).isEqualTo(new byte[] {'D'});
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"Plaintext\":\"QUJD\"", "{\"Plaintext\":\"QUJD\" \"KeyId\":\"k\"}", "{\"Plaintext\":\"QUJD\"}{}",
      "{\"Plaintext\":\"QUJD\"} 1", "{\"Plaintext\":\"QUJD\",}", "{\"Plaintext\":\"QUJD}"})
  void malformedJson_isSerializationException(String json) {
    assertThatThrownBy(() -> codec.parse(utf8(json), 0, json.length(), BLOBS))
        .isInstanceOf(SerializationException.class)
        .hasMessage("Malformed JSON in the request body.");
    assertThatThrownBy(() -> codec.parse(utf8(json))).isInstanceOf(SerializationException.class);
  }

  @Test
  void binding_takesTheDecodedBytes() {
    String json = "{\"KeyId\":\"k\",\"Plaintext\":\"AAEC\"}";
    EncryptRequest request = codec.bind(codec.parse(utf8(json), 0, json.length(), BLOBS), EncryptRequest.class);
    assertThat(request.plaintext()).containsExactly(0, 1, 2);
  }

  @Test
  void theModel_namesEachOperationsTopLevelBlobs() {
    ServiceModel model = ServiceModel.kms();
    assertThat(model.inputBlobMembers("Encrypt")).containsExactly("Plaintext");
    assertThat(model.inputBlobMembers("Decrypt")).containsExactly("CiphertextBlob");
    assertThat(model.inputBlobMembers("VerifyMac")).containsExactlyInAnyOrder("Message", "Mac");
    assertThat(model.inputBlobMembers("DescribeKey")).isEmpty();
    assertThat(model.inputBlobMembers("NoSuchOperation")).isEmpty();
  }

  /** {@code json} with five bytes of other JSON-ish text on either side, as in a larger buffer. */
  private static byte[] frame(String json) {
    return utf8("\"}{\"," + json + ",\"}{\"");
  }

  private static byte[] binary(JsonNode node) {
    try {
      return node.binaryValue();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The tree with each binary member back as its base64 text, to compare with the general parse. */
  private static JsonNode withBlobsAsText(JsonNode tree) {
    ObjectNode copy = tree.deepCopy();
    for (Map.Entry<String, JsonNode> member : tree.properties()) {
      if (member.getValue().isBinary()) {
        copy.put(member.getKey(), Base64.getEncoder().encodeToString(binary(member.getValue())));
      }
    }
    return copy;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
