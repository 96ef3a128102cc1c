package dev.trent.crypto.keys;

import dev.trent.crypto.Randomness;
import java.util.EnumMap;
import java.util.Map;

/**
 * One generated key pair per asymmetric {@link KeySpec}, shared by the round-trip tests of every
 * package so the slow RSA-4096 generation happens once per test run.
 */
public final class TestKeyPairs {
  private static final Map<KeySpec, KeyPairMaterial> PAIRS = new EnumMap<>(KeySpec.class);
  private static final Map<KeySpec, KeyPairMaterial> OTHER_PAIRS = new EnumMap<>(KeySpec.class);
  private static final KeyMaterialGenerator GENERATOR = new KeyMaterialGenerator(Randomness.system());

  private TestKeyPairs() {}

  public static synchronized KeyPairMaterial of(KeySpec spec) {
    return PAIRS.computeIfAbsent(spec, GENERATOR::generateKeyPair);
  }

  /** A second, independent pair of the same spec (for "another key" cases and ECDH peers). */
  public static synchronized KeyPairMaterial another(KeySpec spec) {
    return OTHER_PAIRS.computeIfAbsent(spec, GENERATOR::generateKeyPair);
  }
}
