package dev.trent.core.authz;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.trent.policy.PolicyPrincipal;
import dev.trent.store.ChangeFeed;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoreChange;
import dev.trent.store.StoredGrant;
import dev.trent.store.StoredKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether one of a key's grants allows a request. Grants are read from the store and held per key
 * until the store's {@link ChangeFeed} reports a change of that key's grants: at once for this
 * node's CreateGrant, RetireGrant and RevokeGrant (before their write returns), within
 * milliseconds for another node's (a node that cannot hear the feed drops everything, repeatedly).
 * A request presenting grant tokens reads the store directly, so a grant just created on another
 * node works immediately. Only consulted when the policies do not allow, so the usual request
 * never reads grants. Thread-safe.
 *
 * <p>A load that raced with a change could put the old grants back after the change dropped them;
 * so a load notes the change count before it reads and drops its own entry if any change arrived
 * meanwhile (as {@link dev.trent.core.key.KeyCache} does).
 */
public final class GrantAuthority implements AutoCloseable {
  /** Grants read per key for a decision: AWS's quota of grants per key. */
  public static final int MAX_GRANTS_PER_KEY = 50_000;

  /** A grant as decisions see it. */
  public record ActiveGrant(String grantee, List<String> operations, GrantConstraint constraint) {}

  private final Cache<String, List<ActiveGrant>> byKey;
  private final AtomicLong changes = new AtomicLong();
  private final ChangeFeed.Subscription subscription;

  /** Holds grants of at most {@code maximumSize} keys, coherent through {@code feed}. */
  public GrantAuthority(ChangeFeed feed, long maximumSize) {
    this.byKey = Caffeine.newBuilder().maximumSize(maximumSize).build();
    this.subscription = feed.subscribe(this::drop);
  }

  /** The first of the key's grants that allows the request, if any. */
  Optional<ActiveGrant> allowing(ReadTransaction tx, PolicyPrincipal caller, String action, StoredKey key,
      Map<String, String> context, boolean fresh) {
    String operation = action.startsWith("kms:") ? action.substring(4) : action;
    List<ActiveGrant> grants = fresh ? read(tx, key.keyId()) : held(tx, key.keyId());
    for (ActiveGrant g : grants) {
      boolean grantee = g.grantee().equals(caller.arn()) || g.grantee().equals(caller.roleArn());
      if (grantee && g.operations().contains(operation) && g.constraint().allows(context)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  private List<ActiveGrant> held(ReadTransaction tx, String keyId) {
    List<ActiveGrant> held = byKey.getIfPresent(keyId);
    if (held != null) {
      return held;
    }
    long before = changes.get();
    List<ActiveGrant> read = read(tx, keyId);
    byKey.put(keyId, read);
    // A change counted after our read began may concern this very key: its drop may have run
    // before our put. Dropping again is always safe; the next decision reads afresh.
    if (changes.get() != before) {
      byKey.invalidate(keyId);
    }
    return read;
  }

  private void drop(StoreChange change) {
    changes.incrementAndGet();
    switch (change.kind()) {
      case GRANT -> byKey.invalidate(change.id());
      case EVERYTHING -> byKey.invalidateAll();
      case KEY, ALIAS -> { } // a deleted key's grants come with a GRANT change of their own
    }
  }

  @Override
  public void close() {
    subscription.close();
  }

  private static List<ActiveGrant> read(ReadTransaction tx, String keyId) {
    List<ActiveGrant> out = new ArrayList<>();
    String after = null;
    while (true) {
      List<StoredGrant> page = tx.grants(keyId, after, 1000);
      for (StoredGrant g : page) {
        out.add(new ActiveGrant(
            g.granteePrincipal(), g.operations(), GrantConstraint.fromJson(g.constraints())));
      }
      if (page.size() < 1000 || out.size() >= MAX_GRANTS_PER_KEY) {
        return List.copyOf(out);
      }
      after = page.get(page.size() - 1).grantId();
    }
  }
}
