package dev.trent.core.events;

import dev.trent.core.key.Arns;
import dev.trent.store.StoredKey;
import java.time.Instant;
import java.util.Map;

/**
 * Something that happened to a key by itself, as AWS reports it to EventBridge (Developer Guide,
 * "Monitoring with Amazon EventBridge"): the detail-type, the key, and the detail members.
 */
public record KeyEvent(
    String detailType, String accountId, String region, String keyId, Instant time,
    Map<String, String> detail) {
  public static final String ROTATION = "KMS CMK Rotation";
  public static final String EXPIRATION = "KMS Imported Key Material Expiration";
  public static final String DELETION = "KMS CMK Deletion";

  public KeyEvent {
    detail = Map.copyOf(detail);
  }

  /** An event whose detail is the key id alone, as in all three of AWS's examples. */
  public static KeyEvent of(String detailType, StoredKey key, Instant time) {
    return new KeyEvent(detailType, key.accountId(), key.region(), key.keyId(), time,
        Map.of("key-id", key.keyId()));
  }

  public String keyArn() {
    return Arns.key(region, accountId, keyId);
  }
}
