package dev.trent.core.authz;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.trent.policy.PolicyPrincipal;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredGrant;
import dev.trent.store.StoredKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether one of a key's grants allows a request. Grants are read from the store and kept for a
 * few seconds per key (AWS's grants are eventually consistent too); this node's own grant changes
 * invalidate at once, and a request presenting grant tokens reads the store directly so that a new
 * grant works immediately. Only consulted when the policies do not allow, so the usual request
 * never reads grants. Thread-safe.
 */
public final class GrantAuthority {
  /** How long another node's grant change may take to show. */
  static final Duration STALENESS = Duration.ofSeconds(3);
  /** Grants read per key for a decision: AWS's quota of grants per key. */
  public static final int MAX_GRANTS_PER_KEY = 50_000;

  /** A grant as decisions see it. */
  public record ActiveGrant(String grantee, List<String> operations, GrantConstraint constraint) {}

  private final Cache<String, List<ActiveGrant>> byKey;

  public GrantAuthority() {
    this.byKey = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(STALENESS).build();
  }

  /** Forgets the cached grants of a key after this node changed them. */
  public void invalidate(String keyId) {
    byKey.invalidate(keyId);
  }

  /** The first of the key's grants that allows the request, if any. */
  Optional<ActiveGrant> allowing(ReadTransaction tx, PolicyPrincipal caller, String action, StoredKey key,
      Map<String, String> context, boolean fresh) {
    String operation = action.startsWith("kms:") ? action.substring(4) : action;
    List<ActiveGrant> grants = fresh ? read(tx, key.keyId()) : byKey.get(key.keyId(), id -> read(tx, id));
    for (ActiveGrant g : grants) {
      boolean grantee = g.grantee().equals(caller.arn()) || g.grantee().equals(caller.roleArn());
      if (grantee && g.operations().contains(operation) && g.constraint().allows(context)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  private static List<ActiveGrant> read(ReadTransaction tx, String keyId) {
    List<ActiveGrant> out = new ArrayList<>();
    String after = null;
    while (true) {
      List<StoredGrant> page = tx.grants(keyId, after, 1000);
      for (StoredGrant g : page) {
        out.add(new ActiveGrant(g.granteePrincipal(), g.operations(), GrantConstraint.fromJson(g.constraints())));
      }
      if (page.size() < 1000 || out.size() >= MAX_GRANTS_PER_KEY) {
        return List.copyOf(out);
      }
      after = page.get(page.size() - 1).grantId();
    }
  }
}
