package dev.trent.core.ops.keys;

import dev.trent.core.RequestContext;
import dev.trent.core.Services;
import dev.trent.core.key.KeyResolver;
import dev.trent.store.StoredKey;
import java.util.function.UnaryOperator;

/** Read a key by key id or ARN, check and change it, and write it back in one transaction. */
final class KeyStateChange {
  private KeyStateChange() {}

  /** Returns the key as stored after the change. */
  static StoredKey apply(
      Services s, String keyId, RequestContext ctx, String action, UnaryOperator<StoredKey> change) {
    return s.store().write(tx -> {
      StoredKey current = s.resolver().resolve(tx, keyId, KeyResolver.KEY_FORMS, ctx, action);
      StoredKey changed = change.apply(current);
      tx.updateKey(changed);
      return changed;
    });
  }
}
