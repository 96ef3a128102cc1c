package dev.trent.core.key;

import dev.trent.core.RequestContext;
import dev.trent.core.key.KeyIdentifier.Form;
import dev.trent.protocol.error.AccessDeniedException;
import dev.trent.protocol.error.NotFoundException;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredAlias;
import dev.trent.store.StoredKey;
import dev.trent.store.WriteTransaction;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the key a request names, accepting exactly the identifier forms its operation accepts and
 * answering AWS's NotFoundException texts otherwise. Keys of another account are refused here
 * until key policies can grant cross-account use.
 *
 * <p>With a {@link KeyCache}, reads in a read-only transaction come from it; a write transaction
 * always reads the row itself, since it is about to change what it read.
 */
public final class KeyResolver {
  /** Every form: the cryptographic operations and DescribeKey. */
  public static final Set<Form> ANY_FORM = EnumSet.allOf(Form.class);

  /** Key id or key ARN only: the management operations. */
  public static final Set<Form> KEY_FORMS = EnumSet.of(Form.KEY_ID, Form.KEY_ARN);

  private final KeyCache cache;

  /** Reads every key from the store. */
  public KeyResolver() {
    this(null);
  }

  /** Reads keys and aliases through {@code cache} in read-only transactions; null: no cache. */
  public KeyResolver(KeyCache cache) {
    this.cache = cache;
  }

  public StoredKey resolve(
      ReadTransaction tx, String raw, Set<Form> accepted, RequestContext ctx, String action) {
    KeyIdentifier id = KeyIdentifier.parse(raw);
    if (id == null || !accepted.contains(id.form())) {
      throw invalidKeyId(raw);
    }
    if (id.region() != null && !id.region().equals(ctx.region())) {
      throw new NotFoundException("Invalid arn " + id.region());
    }
    String account = id.accountId() == null ? ctx.accountId() : id.accountId();
    String keyId = id.name();
    if (id.form() == Form.ALIAS_NAME || id.form() == Form.ALIAS_ARN) {
      keyId = aliasTarget(tx, account, ctx.region(), id.name())
          .orElseThrow(() -> new NotFoundException(
              "Alias " + Arns.alias(ctx.region(), account, id.name()) + " is not found."));
    } else if (!KeyIdentifier.isKeyIdShaped(keyId)) {
      throw invalidKeyId(raw);
    }
    String arn = Arns.key(ctx.region(), account, keyId);
    StoredKey key = key(tx, keyId)
        .filter(k -> k.accountId().equals(account) && k.region().equals(ctx.region()))
        .orElseThrow(() -> new NotFoundException("Key '" + arn + "' does not exist"));
    if (!account.equals(ctx.accountId())) {
      throw new AccessDeniedException("User: " + ctx.principalArn() + " is not authorized to perform: "
          + action + " on resource: " + arn + " because no resource-based policy allows the "
          + action + " action");
    }
    return key;
  }

  private static NotFoundException invalidKeyId(String raw) {
    return new NotFoundException("Invalid keyId '" + raw + "'");
  }

  private Optional<StoredKey> key(ReadTransaction tx, String keyId) {
    return cached(tx) ? cache.key(tx, keyId) : tx.key(keyId);
  }

  private Optional<String> aliasTarget(ReadTransaction tx, String account, String region, String name) {
    return cached(tx) ? cache.aliasTarget(tx, account, region, name)
        : tx.alias(account, region, name).map(StoredAlias::targetKeyId);
  }

  private boolean cached(ReadTransaction tx) {
    return cache != null && !(tx instanceof WriteTransaction);
  }
}
