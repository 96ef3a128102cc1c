package dev.trent.protocol.validate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trent.protocol.codec.JsonCodec;
import dev.trent.protocol.error.SerializationException;
import dev.trent.protocol.model.ServiceModel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Lone surrogates arrive through JSON escapes; no UTF-8 can carry them, so they are refused. */
class UnpairedSurrogateTest {
  private static final RequestValidator VALIDATOR = new RequestValidator(ServiceModel.kms());
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void loneSurrogateInEncryptionContextKeyOrValue_isSerializationException() {
    for (String body : new String[] {
        "{\"KeyId\":\"k\",\"Plaintext\":\"AA==\",\"EncryptionContext\":{\"k\":\"x\\udc00\"}}",
        "{\"KeyId\":\"\\ud800\",\"Plaintext\":\"AA==\"}"}) {
      assertThatThrownBy(() -> VALIDATOR.validate("Encrypt", JSON.readTree(body)))
          .as(body)
          .isInstanceOf(SerializationException.class)
          .hasMessageContaining("unpaired UTF-16 surrogate");
    }
  }

  @Test
  void loneSurrogateInAMapKey_isRefusedByTheParser() {
    String body = "{\"KeyId\":\"k\",\"Plaintext\":\"AA==\",\"EncryptionContext\":{\"\\ud800\":\"v\"}}";
    assertThatThrownBy(() -> new JsonCodec().parse(body.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SerializationException.class);
  }

  @Test
  void surrogatePair_isAccepted() {
    String body = "{\"KeyId\":\"k\",\"Plaintext\":\"AA==\",\"EncryptionContext\":{\"emoji\":\"\\ud83d\\ude00\"}}";
    assertThatCode(() -> VALIDATOR.validate("Encrypt", JSON.readTree(body))).doesNotThrowAnyException();
  }
}
