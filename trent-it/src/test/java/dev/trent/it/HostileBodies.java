package dev.trent.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trent.protocol.model.BlobShape;
import dev.trent.protocol.model.BooleanShape;
import dev.trent.protocol.model.IntegerShape;
import dev.trent.protocol.model.ListShape;
import dev.trent.protocol.model.MapShape;
import dev.trent.protocol.model.Member;
import dev.trent.protocol.model.ServiceModel;
import dev.trent.protocol.model.Shape;
import dev.trent.protocol.model.StringShape;
import dev.trent.protocol.model.StructureShape;
import dev.trent.protocol.model.TimestampShape;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Request bodies no client should send, generated for one operation from the API model: broken
 * JSON, bodies that are not objects, absurd nesting, every member given every wrong JSON type (also
 * one level down, inside lists, maps and structures), huge strings, bad base64, integers beyond 32
 * bits, nulls, and a body over the 1 MiB limit.
 */
final class HostileBodies {
  /** What a correct server must answer, beyond "a 4xx AWS error, never a 5xx". */
  enum Expect {
    /** A SerializationException (for an operation Trent implements). */
    SERIALIZATION,
    /** Any client error. */
    REJECTED,
    /** 413 RequestEntityTooLargeException. */
    TOO_LARGE,
    /** A success only if the operation has no required members; otherwise a client error. */
    MAYBE_VALID,
    /** Odd but well-typed: a success or a client error, never a fault. */
    NO_FAULT
  }

  record Hostile(String name, byte[] body, Expect expect) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final int NESTING = 10_000;
  /** Longer than any string the model allows (PolicyType: 131072). */
  static final int HUGE = 140_000;
  private static final byte[] TWO_MIB =
      ("{\"Padding\": \"" + "a".repeat(2 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ServiceModel model;

  HostileBodies(ServiceModel model) {
    this.model = model;
  }

  /**
   * The hostile bodies for {@code operation}. Member-level cases replace one member of {@code
   * base}, so that with a valid base request every odd value reaches the operation itself.
   */
  List<Hostile> forOperation(String operation, ObjectNode base) {
    return forOperation(operation, base, Integer.MAX_VALUE);
  }

  /** As above, with at most {@code perKind} cases of each kind per member. */
  List<Hostile> forOperation(String operation, ObjectNode base, int perKind) {
    List<Member> members = model.inputShape(operation).map(StructureShape::members).orElse(List.of());
    List<Hostile> all = new ArrayList<>();
    all.addAll(syntax(members));
    ObjectNode nulls = NODES.objectNode();
    members.forEach(m -> nulls.putNull(m.name()));
    all.add(json("every member null", nulls, Expect.MAYBE_VALID));
    for (Member member : members) {
      Shape shape = model.shape(member.target());
      for (JsonNode wrong : first(perKind, wrongTypes(shape))) {
        all.add(json(member.name() + " = " + brief(wrong), with(base, member, wrong), Expect.SERIALIZATION));
      }
      for (JsonNode wrong : first(perKind, nestedWrongTypes(shape))) {
        all.add(json(member.name() + " = " + brief(wrong), with(base, member, wrong), Expect.SERIALIZATION));
      }
      for (JsonNode absurd : first(perKind, absurdValues(shape))) {
        all.add(json(member.name() + " = " + brief(absurd), with(base, member, absurd), Expect.NO_FAULT));
      }
      all.add(json(member.name() + " = null", with(base, member, NODES.nullNode()), Expect.NO_FAULT));
    }
    return all;
  }

  private List<Hostile> syntax(List<Member> members) {
    String firstMember = members.isEmpty() ? "KeyId" : members.get(0).name();
    List<Hostile> all = new ArrayList<>();
    all.add(text("not JSON", "this is not JSON", Expect.SERIALIZATION));
    all.add(text("truncated JSON", "{\"" + firstMember + "\": \"abc", Expect.SERIALIZATION));
    all.add(text("truncated after colon", "{\"" + firstMember + "\":", Expect.SERIALIZATION));
    all.add(text("unclosed object", "{", Expect.SERIALIZATION));
    all.add(text("JSON array", "[{\"" + firstMember + "\": \"x\"}]", Expect.SERIALIZATION));
    all.add(text("JSON string", "\"hello\"", Expect.SERIALIZATION));
    all.add(text("JSON number", "42", Expect.SERIALIZATION));
    all.add(text("JSON null", "null", Expect.SERIALIZATION));
    all.add(text("JSON true", "true", Expect.SERIALIZATION));
    all.add(text("NaN literal", "{\"" + firstMember + "\": NaN}", Expect.SERIALIZATION));
    all.add(text("single quotes", "{'" + firstMember + "': 'x'}", Expect.SERIALIZATION));
    all.add(text("comment", "/* hi */ {}", Expect.SERIALIZATION));
    all.add(text("trailing garbage", "{} {\"" + firstMember + "\": 1} garbage", Expect.SERIALIZATION));
    all.add(text("two objects", "{}{}", Expect.SERIALIZATION));
    all.add(text("nested arrays " + NESTING + " deep", "[".repeat(NESTING) + "]".repeat(NESTING),
        Expect.SERIALIZATION));
    all.add(text("member nested " + NESTING + " deep",
        "{\"" + firstMember + "\":" + "[".repeat(NESTING) + "]".repeat(NESTING) + "}", Expect.SERIALIZATION));
    all.add(text("objects nested " + NESTING + " deep",
        "{\"a\":".repeat(NESTING) + "1" + "}".repeat(NESTING), Expect.SERIALIZATION));
    all.add(text("unterminated deep nesting", "[".repeat(NESTING), Expect.SERIALIZATION));
    byte[] badUtf8 = ("{\"" + firstMember + "\": \"\u0000\"}").getBytes(StandardCharsets.UTF_8);
    badUtf8[badUtf8.length - 3] = (byte) 0xC3; // a lead byte followed by '"': not UTF-8
    all.add(new Hostile("invalid UTF-8", badUtf8, Expect.SERIALIZATION));
    all.add(new Hostile("binary garbage", new byte[] {0, (byte) 0xFF, 0x7B, (byte) 0x80, 1, 2}, Expect.SERIALIZATION));
    all.add(text("empty body", "", Expect.MAYBE_VALID));
    all.add(text("whitespace body", "  \r\n ", Expect.MAYBE_VALID));
    all.add(text("empty object", "{}", Expect.MAYBE_VALID));
    all.add(text("unknown members only", "{\"NoSuchMember\": [1, {\"x\": null}], \"__type\": 1}", Expect.MAYBE_VALID));
    all.add(text("duplicate members", "{\"" + firstMember + "\": 1, \"" + firstMember + "\": 2}", Expect.NO_FAULT));
    all.add(new Hostile("2 MiB body", TWO_MIB, Expect.TOO_LARGE));
    return all;
  }

  /** For a member of {@code shape}: a value of each JSON type it must not have. */
  private static List<JsonNode> wrongTypes(Shape shape) {
    List<JsonNode> all = new ArrayList<>();
    if (!(shape instanceof StringShape || shape instanceof BlobShape)) {
      all.add(NODES.textNode("1"));
    }
    if (!(shape instanceof IntegerShape || shape instanceof TimestampShape)) {
      all.add(NODES.numberNode(42));
      all.add(NODES.numberNode(1.5));
    }
    if (!(shape instanceof BooleanShape)) {
      all.add(NODES.booleanNode(true));
    }
    if (!(shape instanceof ListShape)) {
      all.add(NODES.arrayNode().add("x"));
    }
    if (!(shape instanceof StructureShape || shape instanceof MapShape)) {
      all.add(NODES.objectNode().put("x", 1));
    }
    return all;
  }

  /** One level down: a wrong element, map value, map key target or structure member. */
  private List<JsonNode> nestedWrongTypes(Shape shape) {
    List<JsonNode> all = new ArrayList<>();
    if (shape instanceof ListShape list) {
      for (JsonNode wrong : wrongTypes(model.shape(list.member()))) {
        all.add(NODES.arrayNode().add(wrong));
      }
    } else if (shape instanceof MapShape map) {
      for (JsonNode wrong : wrongTypes(model.shape(map.value()))) {
        all.add(NODES.objectNode().set("k", wrong));
      }
    } else if (shape instanceof StructureShape structure) {
      for (Member inner : structure.members()) {
        for (JsonNode wrong : wrongTypes(model.shape(inner.target()))) {
          all.add(one(inner, wrong));
        }
      }
    }
    return all;
  }

  /** Values of the right JSON type that no request should carry. */
  private List<JsonNode> absurdValues(Shape shape) {
    List<JsonNode> all = new ArrayList<>();
    if (shape instanceof StringShape) {
      all.add(NODES.textNode("x".repeat(HUGE)));
      // Dots and slashes give patterns with repeated groups the most work.
      all.add(NODES.textNode("a.".repeat(HUGE / 8) + "a"));
      all.add(NODES.textNode("a/".repeat(HUGE / 8) + "!"));
      all.add(NODES.textNode(""));
      all.add(NODES.textNode("\u0000\uFFFF\uD83D\uDE00"));
    } else if (shape instanceof BlobShape) {
      all.add(NODES.textNode("!!! not base64 !!!"));
      all.add(NODES.textNode("QUJD="));
      all.add(NODES.textNode("QQ"));
      all.add(NODES.textNode("QR=="));
      all.add(NODES.textNode(""));
      all.add(NODES.textNode("A".repeat(HUGE)));
    } else if (shape instanceof IntegerShape || shape instanceof TimestampShape) {
      all.add(NODES.numberNode(2_147_483_648L));
      all.add(NODES.numberNode(-2_147_483_649L));
      all.add(NODES.numberNode(Long.MAX_VALUE));
      all.add(NODES.numberNode(new BigInteger("9".repeat(40))));
      all.add(NODES.numberNode(new BigDecimal("1e400")));
      all.add(NODES.numberNode(new BigDecimal("-1e400")));
      all.add(NODES.numberNode(-1));
    } else if (shape instanceof ListShape list) {
      ArrayNode many = NODES.arrayNode();
      for (int i = 0; i < 10_000; i++) {
        many.add(sample(model.shape(list.member())));
      }
      all.add(many);
      all.add(NODES.arrayNode().addNull());
    } else if (shape instanceof MapShape) {
      ObjectNode many = NODES.objectNode();
      for (int i = 0; i < 10_000; i++) {
        many.put("k" + i, "v");
      }
      all.add(many);
      all.add(NODES.objectNode().putNull("k"));
      all.add(NODES.objectNode().put("", "").put("x".repeat(HUGE / 4), "y".repeat(HUGE / 4)));
    }
    return all;
  }

  /** A small value of the right type. */
  private JsonNode sample(Shape shape) {
    if (shape instanceof StringShape s) {
      return NODES.textNode(s.isEnum() ? s.enumValues().get(0) : "x");
    }
    if (shape instanceof BlobShape) {
      return NODES.textNode("AAAA");
    }
    if (shape instanceof IntegerShape || shape instanceof TimestampShape) {
      return NODES.numberNode(1);
    }
    if (shape instanceof BooleanShape) {
      return NODES.booleanNode(true);
    }
    if (shape instanceof ListShape) {
      return NODES.arrayNode();
    }
    return NODES.objectNode();
  }

  private static List<JsonNode> first(int count, List<JsonNode> values) {
    return values.size() <= count ? values : values.subList(0, count);
  }

  private static ObjectNode one(Member member, JsonNode value) {
    return with(NODES.objectNode(), member, value);
  }

  private static ObjectNode with(ObjectNode base, Member member, JsonNode value) {
    ObjectNode body = base.deepCopy();
    body.set(member.name(), value);
    return body;
  }

  private static Hostile text(String name, String body, Expect expect) {
    return new Hostile(name, body.getBytes(StandardCharsets.UTF_8), expect);
  }

  private static Hostile json(String name, JsonNode body, Expect expect) {
    try {
      return new Hostile(name, JSON.writeValueAsBytes(body), expect);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String brief(JsonNode value) {
    String text = value.toString();
    return text.length() > 40 ? text.substring(0, 37) + "...(" + text.length() + " chars)" : text;
  }
}
