package dev.trent.crypto.keys;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle provider instance of the process, used by name-free {@code getInstance(alg,
 * provider)} calls only. It is never installed with {@code Security.addProvider}, so the JDK's
 * providers stay first everywhere else. For this module's primitives only.
 */
public final class Providers {
  private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

  private Providers() {}

  public static Provider bouncyCastle() {
    return BOUNCY_CASTLE;
  }
}
