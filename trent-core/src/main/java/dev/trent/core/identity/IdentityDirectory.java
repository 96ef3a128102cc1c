package dev.trent.core.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredInlinePolicy;
import dev.trent.store.StoredRole;
import dev.trent.store.StoredUser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.trent.store.Store;

/**
 * The {@link PrincipalDirectory} of the identities in the store. Answers are cached per principal:
 * a change made on this node takes effect at once ({@link #invalidate()}), one made by another node
 * sharing the store within the cache's time to live. Thread-safe.
 */
public final class IdentityDirectory implements PrincipalDirectory {
  /** How long another node's change may go unseen. */
  public static final Duration DEFAULT_TTL = Duration.ofSeconds(5);
  private static final int MAX_ENTRIES = 100_000;

  private final Store store;
  private final Cache<String, Principal> cache;

  public IdentityDirectory(Store store, Duration ttl) {
    this.store = store;
    this.cache = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(ttl).build();
  }

  @Override
  public List<String> identityPolicies(String principalArn) {
    return principal(principalArn).policies();
  }

  @Override
  public Map<String, String> principalTags(String principalArn) {
    return principal(principalArn).tags();
  }

  /** The ARN (with its path) of the role behind an assumed-role session; empty for others. */
  @Override
  public Optional<String> roleArn(String principalArn) {
    return Optional.ofNullable(principal(principalArn).roleArn());
  }

  /** Forgets every cached answer: call after any change to identities or their policies. */
  public void invalidate() {
    cache.invalidateAll();
  }

  private Principal principal(String principalArn) {
    return cache.get(principalArn, arn -> store.read(tx -> load(tx, arn)));
  }

  private static Principal load(ReadTransaction tx, String arn) {
    Optional<IdentityArns.Named> user = IdentityArns.userOf(arn);
    if (user.isPresent()) {
      Optional<StoredUser> stored = tx.user(user.get().accountId(), user.get().name())
          .filter(u -> IdentityArns.user(u.accountId(), u.path(), u.userName()).equals(arn));
      return stored.map(u -> new Principal(policies(tx, u.userId()), tx.identityTags(u.userId()), null))
          .orElse(Principal.UNKNOWN);
    }
    Optional<IdentityArns.Named> session = IdentityArns.sessionRoleOf(arn);
    if (session.isPresent()) {
      Optional<StoredRole> role = tx.role(session.get().accountId(), session.get().name());
      return role.map(r -> new Principal(policies(tx, r.roleId()), tx.identityTags(r.roleId()),
              IdentityArns.role(r.accountId(), r.path(), r.roleName())))
          .orElse(Principal.UNKNOWN);
    }
    return Principal.UNKNOWN;
  }

  private static List<String> policies(ReadTransaction tx, String ownerId) {
    List<String> documents = new ArrayList<>();
    for (StoredInlinePolicy inline : tx.inlinePolicies(ownerId)) {
      documents.add(inline.document());
    }
    for (String arn : tx.attachedPolicies(ownerId)) {
      tx.managedPolicy(arn).ifPresent(p -> documents.add(p.document()));
    }
    return List.copyOf(documents);
  }

  /** What is cached of one principal. */
  private record Principal(List<String> policies, Map<String, String> tags, String roleArn) {
    static final Principal UNKNOWN = new Principal(List.of(), Map.of(), null);

    Principal {
      tags = Map.copyOf(tags);
    }
  }
}
