package dev.trent.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** The request bodies of the scenarios, and workloads spreading a call over many keys. */
public final class Workloads {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The encryption context of every Encrypt and Decrypt: two pairs, as a typical caller sends. */
  static final String CONTEXT = "{\"purpose\":\"trent-bench\",\"tenant\":\"acme\"}";
  /** 4 KiB of fixed pseudo-random plaintext, the largest Encrypt accepts. */
  static final String PLAINTEXT_4K = Base64.getEncoder().encodeToString(bytes(4096, 4));

  private Workloads() {}

  /** The message Sign scenarios sign, and the raw JCA comparison signs. */
  static final byte[] SIGN_MESSAGE = "trent-bench message to sign".getBytes(StandardCharsets.UTF_8);
  /** The message GenerateMac scenarios MAC, and the raw JCA comparison MACs. */
  static final byte[] MAC_MESSAGE = "trent-bench message to MAC".getBytes(StandardCharsets.UTF_8);

  static byte[] bytes(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  static String encryptBodyBeforeKey() {
    return "{\"Plaintext\":\"" + PLAINTEXT_4K + "\",\"EncryptionContext\":" + CONTEXT + ",\"KeyId\":\"";
  }

  static Call encrypt(String keyId) {
    return Call.constant("Encrypt", encryptBodyBeforeKey() + keyId + "\"}");
  }

  static Call decrypt(String ciphertextBlob) {
    return Call.constant("Decrypt",
        "{\"CiphertextBlob\":\"" + ciphertextBlob + "\",\"EncryptionContext\":" + CONTEXT + "}");
  }

  static Call generateDataKey(String keyId) {
    return Call.constant("GenerateDataKey", "{\"KeyId\":\"" + keyId + "\",\"KeySpec\":\"AES_256\"}");
  }

  static Call describeKey(String keyId) {
    return Call.constant("DescribeKey", "{\"KeyId\":\"" + keyId + "\"}");
  }

  static Call createKey() {
    return createKey(null);
  }

  /** CreateKey with {@code keyPolicy} (a JSON document) as the key's policy, or Trent's default when null. */
  static Call createKey(String keyPolicy) {
    if (keyPolicy == null) {
      return Call.constant("CreateKey", "{\"Description\":\"trent-bench\"}");
    }
    ObjectNode body = JSON.createObjectNode().put("Description", "trent-bench").put("Policy", keyPolicy);
    return Call.constant("CreateKey", body.toString());
  }

  static Call createKey(String keySpec, String keyUsage) {
    return Call.constant("CreateKey", "{\"Description\":\"trent-bench\",\"KeySpec\":\"" + keySpec
        + "\",\"KeyUsage\":\"" + keyUsage + "\"}");
  }

  static Call listKeys() {
    return Call.constant("ListKeys", "{}");
  }

  static Call sign(String keyId) {
    return sign(keyId, "ECDSA_SHA_256");
  }

  /** Sign of {@link #SIGN_MESSAGE} (RAW) with {@code algorithm}. */
  static Call sign(String keyId, String algorithm) {
    return Call.constant("Sign", "{\"KeyId\":\"" + keyId + "\",\"Message\":\""
        + Base64.getEncoder().encodeToString(SIGN_MESSAGE)
        + "\",\"MessageType\":\"RAW\",\"SigningAlgorithm\":\"" + algorithm + "\"}");
  }

  static Call signRsa(String keyId) {
    return sign(keyId, "RSASSA_PKCS1_V1_5_SHA_256");
  }

  static Call generateMac(String keyId) {
    return Call.constant("GenerateMac", "{\"KeyId\":\"" + keyId + "\",\"Message\":\""
        + Base64.getEncoder().encodeToString(MAC_MESSAGE)
        + "\",\"MacAlgorithm\":\"HMAC_SHA_256\"}");
  }

  /** The same call again and again. */
  static Workload constant(Call call) {
    return () -> call;
  }

  /**
   * A call over a key chosen uniformly at random from {@code keyIds}: the body is {@code
   * before + keyId + after}, and the hash of {@code before} (the 4 KiB plaintext, for Encrypt) is
   * computed once and resumed per request.
   */
  static Workload randomKey(String operation, String before, String after, List<String> keyIds) {
    String[] keys = keyIds.toArray(String[]::new);
    return overKeys(operation, before, after, () -> keys[ThreadLocalRandom.current().nextInt(keys.length)]);
  }

  /**
   * Encrypt over {@code keyIds} in their order, each once (then around again): with keys no call
   * has used since the server started, every call is its first use of a key.
   */
  static Workload encryptEachKeyOnce(List<String> keyIds) {
    String[] keys = keyIds.toArray(String[]::new);
    AtomicInteger next = new AtomicInteger();
    return overKeys("Encrypt", encryptBodyBeforeKey(), "\"}",
        () -> keys[Math.floorMod(next.getAndIncrement(), keys.length)]);
  }

  private static Workload overKeys(String operation, String before, String after, Supplier<String> keyIds) {
    byte[] prefix = before.getBytes(StandardCharsets.UTF_8);
    ThreadLocal<MessageDigest> primed = ThreadLocal.withInitial(() -> {
      MessageDigest d = Hashing.newSha256();
      d.update(prefix);
      return d;
    });
    return () -> {
      byte[] rest = (keyIds.get() + after).getBytes(StandardCharsets.UTF_8);
      byte[] body = new byte[prefix.length + rest.length];
      System.arraycopy(prefix, 0, body, 0, prefix.length);
      System.arraycopy(rest, 0, body, prefix.length, rest.length);
      MessageDigest d;
      try {
        d = (MessageDigest) primed.get().clone();
      } catch (CloneNotSupportedException e) {
        throw new IllegalStateException("SHA-256 digests are cloneable", e);
      }
      return Call.once(operation, body, Hashing.hex(d.digest(rest)));
    };
  }

  static Workload randomEncrypt(List<String> keyIds) {
    return randomKey("Encrypt", encryptBodyBeforeKey(), "\"}", keyIds);
  }

  static Workload randomDescribe(List<String> keyIds) {
    return randomKey("DescribeKey", "{\"KeyId\":\"", "\"}", keyIds);
  }

  /** The value of the first string member {@code name} of a JSON response, without a JSON parser. */
  static String member(byte[] json, String name) {
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("\"" + java.util.regex.Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"")
        .matcher(new String(json, StandardCharsets.UTF_8));
    return m.find() ? m.group(1) : null;
  }
}
