package dev.trent.bench;

import java.nio.charset.StandardCharsets;

/**
 * One KMS JSON call: the operation (sent as {@code X-Amz-Target: TrentService.<op>}), the body and
 * the hex SHA-256 of the body, which SigV4 signs. A call a workload returns again and again (the
 * same instance) is {@code constant}: its signed bytes are reused within the same second.
 */
public final class Call {
  private final String operation;
  private final byte[] body;
  private final String bodySha256;
  private final boolean constant;

  private Call(String operation, byte[] body, String bodySha256, boolean constant) {
    this.operation = operation;
    this.body = body;
    this.bodySha256 = bodySha256;
    this.constant = constant;
  }

  /** A call returned again and again: hashed once, signed at most once a second per connection thread. */
  public static Call constant(String operation, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return new Call(operation, body, Hashing.sha256Hex(body), true);
  }

  /** A call made for one request, whose body hash the caller has computed. */
  public static Call once(String operation, byte[] body, String bodySha256) {
    return new Call(operation, body, bodySha256, false);
  }

  /** A call made for one request; hashes the body. */
  public static Call once(String operation, String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return new Call(operation, body, Hashing.sha256Hex(body), false);
  }

  public String operation() {
    return operation;
  }

  public byte[] body() {
    return body;
  }

  public String bodySha256() {
    return bodySha256;
  }

  public boolean constant() {
    return constant;
  }
}
