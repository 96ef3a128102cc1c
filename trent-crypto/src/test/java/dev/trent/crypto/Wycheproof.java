package dev.trent.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a Wycheproof v1 vector file from {@code src/test/resources/wycheproof/} (format described
 * in the Wycheproof repository's {@code doc/files.md}) into one {@link Vector} per test case.
 */
public final class Wycheproof {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Wycheproof() {}

  /** One test case together with the parameters of the group it belongs to. */
  public record Vector(JsonNode group, JsonNode test) {
    public int tcId() {
      return test.get("tcId").asInt();
    }

    public String result() {
      return test.get("result").asText();
    }

    public int groupInt(String name) {
      return group.get(name).asInt();
    }

    public byte[] hex(String name) {
      return HexFormat.of().parseHex(test.get(name).asText());
    }

    @Override
    public String toString() {
      return "tcId " + tcId() + " (" + result() + ") " + test.get("comment").asText();
    }
  }

  /** Every test of {@code file}, after checking the file's own {@code numberOfTests}. */
  public static List<Vector> load(String file) {
    JsonNode root = readTree(file);
    List<Vector> out = new ArrayList<>();
    for (JsonNode group : root.get("testGroups")) {
      for (JsonNode test : group.get("tests")) {
        out.add(new Vector(group, test));
      }
    }
    if (out.size() != root.get("numberOfTests").asInt()) {
      throw new IllegalStateException(file + ": numberOfTests does not match the tests present");
    }
    return out;
  }

  private static JsonNode readTree(String file) {
    try (InputStream in = Wycheproof.class.getResourceAsStream("/wycheproof/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource wycheproof/" + file);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
