package dev.trent.protocol.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ServiceModelTest {
  private static final ServiceModel KMS = ServiceModel.kms();

  @Test
  void bundledModel_coversAll56Operations() {
    assertThat(KMS.operationNames()).hasSize(56)
        .contains("Encrypt", "Decrypt", "CreateKey", "Encapsulate", "Decapsulate")
        .allSatisfy(name -> assertThat(KMS.inputShape(name)).isPresent());
    assertThat(KMS.targetPrefix()).isEqualTo("TrentService");
  }

  @Test
  void bundledModel_isLoadedOnceAndImmutable() {
    assertThat(ServiceModel.kms()).isSameAs(KMS);
    assertThatThrownBy(() -> KMS.operationNames().remove("Encrypt"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> KMS.shapes().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void operationLookups_answerInputAndOutputShapes() {
    assertThat(KMS.hasOperation("GenerateRandom")).isTrue();
    assertThat(KMS.hasOperation("generateRandom")).isFalse();
    assertThat(KMS.inputShape("Encrypt").map(StructureShape::name)).contains("EncryptRequest");
    assertThat(KMS.outputShape("Encrypt").map(StructureShape::name)).contains("EncryptResponse");
    assertThat(KMS.outputShape("CreateAlias")).isEmpty();
    assertThat(KMS.inputShape("Fly")).isEmpty();
    assertThat(KMS.operation("CreateAlias"))
        .contains(new Operation("CreateAlias", Optional.of("CreateAliasRequest"), Optional.empty()));
  }

  @Test
  void shapes_areTypedRecordsWithTheirConstraints() {
    StructureShape encrypt = (StructureShape) KMS.shape("EncryptRequest");
    assertThat(encrypt.members()).first().isEqualTo(new Member("KeyId", "KeyIdType", true));
    assertThat(encrypt.required()).containsExactly("KeyId", "Plaintext");
    assertThat(KMS.shape("NumberOfBytesType"))
        .isEqualTo(new IntegerShape("NumberOfBytesType", new Bounds(1, 1024)));
    assertThat(KMS.shape("PlaintextType"))
        .isEqualTo(new BlobShape("PlaintextType", new Bounds(1, 4096), true));
    assertThat(KMS.shape("EncryptionContextType")).isEqualTo(new MapShape(
        "EncryptionContextType", "EncryptionContextKey", "EncryptionContextValue", Bounds.NONE));
    assertThat(KMS.shape("GrantTokenList"))
        .isEqualTo(new ListShape("GrantTokenList", "GrantTokenType", new Bounds(0, 10)));
    assertThat(KMS.shape("DateType")).isInstanceOf(TimestampShape.class);
    assertThat(KMS.shape("BooleanType")).isInstanceOf(BooleanShape.class);
    StringShape alias = (StringShape) KMS.shape("AliasNameType");
    assertThat(alias.pattern()).contains("^[a-zA-Z0-9:/_-]+$");
    assertThat(alias.length()).isEqualTo(new Bounds(1, 256));
  }

  @Test
  void enumMessageOrder_defaultsToModelOrder() {
    StringShape algorithms = (StringShape) KMS.shape("EncryptionAlgorithmSpec");
    assertThat(algorithms.enumMessageOrder()).isEqualTo(algorithms.enumValues());
    StringShape mac = (StringShape) KMS.shape("MacAlgorithmSpec");
    assertThat(mac.enumMessageOrder())
        .containsExactly("HMAC_SHA_384", "HMAC_SHA_256", "HMAC_SHA_224", "HMAC_SHA_512");
    assertThat(mac.enumValues())
        .containsExactly("HMAC_SHA_224", "HMAC_SHA_256", "HMAC_SHA_384", "HMAC_SHA_512");
  }

  @Test
  void everyPattern_compilesAsJavaRegex() {
    List<String> patterns = KMS.shapes().values().stream()
        .filter(StringShape.class::isInstance)
        .map(s -> ((StringShape) s).pattern())
        .flatMap(Optional::stream)
        .toList();
    assertThat(patterns).hasSize(20).allSatisfy(Pattern::compile);
  }

  @Test
  void unknownShape_isRefused() {
    assertThatThrownBy(() -> KMS.shape("NoSuchShape")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void danglingReference_isRefusedWhenRead() {
    String json = """
        {"targetPrefix": "T", "operations": {"Op": {"input": "In", "output": null}},
         "shapes": {"In": {"type": "structure", "members": {"A": "Missing"}}}}
        """;
    assertThatThrownBy(() -> ServiceModel.read(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Missing");
  }
}
