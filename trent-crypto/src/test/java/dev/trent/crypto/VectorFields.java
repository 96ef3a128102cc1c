package dev.trent.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import dev.trent.crypto.Wycheproof.Vector;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * Field access on Wycheproof vectors beyond {@link Vector}'s: group fields, optional test fields,
 * flags, and the strict policy for {@code acceptable} results that every primitive test of Trent
 * applies (see {@link #expectAccepted}).
 */
public final class VectorFields {
  private VectorFields() {}

  public static byte[] groupHex(Vector v, String name) {
    return HexFormat.of().parseHex(v.group().get(name).asText());
  }

  public static String groupText(Vector v, String name) {
    JsonNode node = v.group().get(name);
    return node == null ? "" : node.asText();
  }

  public static boolean has(Vector v, String name) {
    return v.test().hasNonNull(name);
  }

  public static boolean groupHas(Vector v, String name) {
    return v.group().hasNonNull(name) && !v.group().get(name).asText().isEmpty();
  }

  /** An optional hex test field; empty when absent. */
  public static byte[] hexOrEmpty(Vector v, String name) {
    return has(v, name) ? v.hex(name) : new byte[0];
  }

  public static Set<String> flags(Vector v) {
    Set<String> out = new HashSet<>();
    JsonNode flags = v.test().get("flags");
    if (flags != null) {
      flags.forEach(f -> out.add(f.asText()));
    }
    return out;
  }

  /**
   * Whether Trent must accept the vector. {@code valid}: yes; {@code invalid}: no; {@code
   * acceptable}: Trent's strict policy (testvectors README): accept only when none of the flags
   * names a legacy or loose encoding that a KMS has no reason to take: {@code InvalidAsn} / BER,
   * {@code UnnamedCurve} (explicit curve parameters and their variants), {@code UnusedParam},
   * {@code MissingNull}, {@code WeakHash}, {@code SmallPublicKey}, {@code EncryptionWithLabel},
   * {@code Constructed}. A flag outside these lists fails the test, so a new kind of acceptable
   * case gets a decision instead of a silent pass.
   */
  public static boolean expectAccepted(Vector v, Set<String> acceptedFlags) {
    return switch (v.result()) {
      case "valid" -> true;
      case "invalid" -> false;
      default -> {
        Set<String> flags = flags(v);
        for (String flag : flags) {
          if (!acceptedFlags.contains(flag) && !STRICTLY_REJECTED.contains(flag)) {
            throw new IllegalStateException("no policy for acceptable flag " + flag + " in " + v);
          }
        }
        yield acceptedFlags.containsAll(flags);
      }
    };
  }

  /** Flags of {@code acceptable} cases that Trent rejects. */
  public static final Set<String> STRICTLY_REJECTED = Set.of(
      "InvalidAsn", "UnnamedCurve", "UnusedParam", "MissingNull", "WeakHash", "SmallPublicKey",
      "ModifiedGenerator", "ModifiedCofactor", "NoCofactor", "ModifiedCurveParameter", "WrongOrder",
      "EncryptionWithLabel", "Constructed");
}
