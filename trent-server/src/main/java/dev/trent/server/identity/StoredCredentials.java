package dev.trent.server.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.trent.auth.Credential;
import dev.trent.auth.CredentialLookup;
import dev.trent.auth.SessionToken;
import dev.trent.core.identity.AccessKeySecrets;
import dev.trent.store.Store;
import dev.trent.store.StoredAccessKey;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The access keys of the store (users', roots', sessions'), behind the configuration file's keys,
 * which win. Answers, found or not, are cached briefly: a key created, deactivated or deleted on
 * this node takes effect at once ({@link #invalidate()}), on another node sharing the store within
 * the time to live. An Inactive key is not found, so it gets UnrecognizedClientException /
 * InvalidClientTokenId as in AWS. Thread-safe.
 */
public final class StoredCredentials implements CredentialLookup {
  private static final int MAX_ENTRIES = 100_000;

  private final Store store;
  private final AccessKeySecrets secrets;
  private final Map<String, Credential> configured;
  private final Cache<String, Optional<Credential>> cache;

  public StoredCredentials(Store store, AccessKeySecrets secrets,
      Map<String, Credential> configured, Duration ttl) {
    this.store = store;
    this.secrets = secrets;
    this.configured = Map.copyOf(configured);
    this.cache = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(ttl).build();
  }

  @Override
  public Optional<Credential> find(String accessKeyId) {
    Credential fixed = configured.get(accessKeyId);
    if (fixed != null) {
      return Optional.of(fixed);
    }
    return cache.get(accessKeyId, id -> store.read(tx -> tx.accessKey(id))
        .filter(k -> k.status().equals(StoredAccessKey.ACTIVE))
        .map(this::credential));
  }

  /** Forgets every cached answer: call after any access key changes. */
  public void invalidate() {
    cache.invalidateAll();
  }

  private Credential credential(StoredAccessKey key) {
    SessionToken session = key.temporary()
        ? new SessionToken(key.sessionTokenDigest(), key.expiration()) : null;
    return new Credential(key.accessKeyId(), secrets.open(key), key.accountId(),
        key.principalArn(), session);
  }
}
