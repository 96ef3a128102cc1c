package dev.trent.protocol.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The bundled kms-model.json against the shared botocore model it was generated from, checked
 * independently of tools/gen-model.py: every operation, member, constraint and enum. Skipped where
 * ../shared/api is absent (a fresh clone).
 */
class SharedModelMatchTest {
  private static final Path REPO = repositoryRoot();
  private static final Path SHARED =
      REPO.resolve("../shared/api/kms-service-2.latest-derived.json").normalize();
  private static final Path BUNDLED =
      REPO.resolve("trent-protocol/src/main/resources/dev/trent/protocol/kms-model.json");

  @Test
  void bundledModel_matchesSharedModelInEveryOperationMemberAndConstraint() throws IOException {
    assumeThat(SHARED).exists();
    JsonNode shared = new ObjectMapper().readTree(SHARED.toFile());
    ServiceModel bundled = ServiceModel.kms();

    assertThat(bundled.targetPrefix()).isEqualTo(shared.at("/metadata/targetPrefix").asText());
    assertThat(bundled.operationNames()).containsExactlyElementsOf(names(shared.get("operations")));
    shared.get("operations").properties().forEach(e -> assertThat(bundled.operation(e.getKey()))
        .contains(new Operation(e.getKey(),
            shapeRef(e.getValue().get("input")), shapeRef(e.getValue().get("output")))));
    assertThat(bundled.shapes().keySet()).containsExactlyElementsOf(names(shared.get("shapes")));
    shared.get("shapes").properties()
        .forEach(e -> assertThat(bundled.shape(e.getKey())).isEqualTo(expected(e)));
  }

  @Test
  void bundledModel_isWhatGenModelWritesFromSharedModel() throws Exception {
    assumeThat(SHARED).exists();
    Path out = Files.createTempFile("kms-model", ".json");
    try {
      Process python = new ProcessBuilder(
              "python3", REPO.resolve("tools/gen-model.py").toString(), SHARED.toString(),
              "--out", out.toString())
          .redirectErrorStream(true)
          .start();
      python.getInputStream().readAllBytes();
      assumeThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(python.exitValue()).isZero();
      assertThat(Files.readString(out)).isEqualTo(Files.readString(BUNDLED));
    } catch (IOException e) {
      assumeThat(e).as("python3 is not available").isNull();
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** The shape record the botocore JSON describes, built here without the generator. */
  private static Shape expected(Map.Entry<String, JsonNode> entry) {
    String name = entry.getKey();
    JsonNode s = entry.getValue();
    Bounds bounds = new Bounds(
        s.has("min") ? s.get("min").asLong() : Long.MIN_VALUE,
        s.has("max") ? s.get("max").asLong() : Long.MAX_VALUE);
    boolean sensitive = s.path("sensitive").asBoolean(false);
    return switch (s.get("type").asText()) {
      case "structure" -> {
        List<String> required = texts(s.path("required"));
        List<Member> members = new ArrayList<>();
        s.path("members").properties().forEach(m -> members.add(new Member(
            m.getKey(), m.getValue().get("shape").asText(), required.contains(m.getKey()))));
        yield new StructureShape(name, members);
      }
      case "list" -> new ListShape(name, s.at("/member/shape").asText(), bounds);
      case "map" -> new MapShape(name, s.at("/key/shape").asText(), s.at("/value/shape").asText(), bounds);
      case "string" -> {
        List<String> values = texts(s.path("enum"));
        StringShape actual = (StringShape) ServiceModel.kms().shape(name);
        // Message order is Trent's own (recorded AWS order); it must be the same set.
        assertThat(actual.enumMessageOrder()).containsExactlyInAnyOrderElementsOf(values);
        yield new StringShape(name, bounds, Optional.ofNullable(s.path("pattern").textValue()),
            values, actual.enumMessageOrder(), sensitive);
      }
      case "blob" -> new BlobShape(name, bounds, sensitive);
      case "integer" -> new IntegerShape(name, bounds);
      case "boolean" -> new BooleanShape(name);
      case "timestamp" -> new TimestampShape(name);
      default -> throw new AssertionError("unexpected shape type in " + name);
    };
  }

  private static Optional<String> shapeRef(JsonNode ref) {
    return ref == null ? Optional.empty() : Optional.of(ref.get("shape").asText());
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("tools/gen-model.py"))) {
      dir = dir.getParent();
    }
    return dir == null ? Path.of("").toAbsolutePath() : dir;
  }
}
