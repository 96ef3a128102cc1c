package dev.trent.crypto.signature;

import dev.trent.crypto.keys.Providers;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/** Hashing for RAW messages and the PKCS#1 v1.5 DigestInfo prefixes (RFC 8017 §9.2 note 1). */
final class Digests {
  private Digests() {}

  /** The message itself for DIGEST, or its hash under the algorithm's hash for RAW. */
  static byte[] toDigest(SigningAlgorithm algorithm, byte[] message, MessageType type) {
    algorithm.requireMessage(type, message);
    if (type != MessageType.RAW) {
      return message.clone();
    }
    try {
      MessageDigest digest = "SM3".equals(algorithm.hashName())
          ? MessageDigest.getInstance("SM3", Providers.bouncyCastle())
          : MessageDigest.getInstance(algorithm.hashName());
      return digest.digest(message);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("missing hash " + algorithm.hashName(), e);
    }
  }

  /** {@code DigestInfo} for a SHA-2 digest: the fixed DER prefix followed by the digest. */
  static byte[] digestInfo(String hash, byte[] digest) {
    String prefix = switch (hash) {
      case "SHA-256" -> "3031300d060960864801650304020105000420";
      case "SHA-384" -> "3041300d060960864801650304020205000430";
      case "SHA-512" -> "3051300d060960864801650304020305000440";
      default -> throw new IllegalArgumentException("no DigestInfo for " + hash);
    };
    byte[] head = HexFormat.of().parseHex(prefix);
    byte[] out = java.util.Arrays.copyOf(head, head.length + digest.length);
    System.arraycopy(digest, 0, out, head.length, digest.length);
    return out;
  }

  /** A fresh Bouncy Castle digest for a SHA-2 name, for the PSS signer. */
  static org.bouncycastle.crypto.Digest bcDigest(String hash) {
    return switch (hash) {
      case "SHA-256" -> new org.bouncycastle.crypto.digests.SHA256Digest();
      case "SHA-384" -> new org.bouncycastle.crypto.digests.SHA384Digest();
      case "SHA-512" -> new org.bouncycastle.crypto.digests.SHA512Digest();
      default -> throw new IllegalArgumentException("no PSS digest for " + hash);
    };
  }
}
