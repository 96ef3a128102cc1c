package dev.trent.core.key;

import dev.trent.core.RequestContext;
import dev.trent.core.key.KeyIdentifier.Form;
import dev.trent.protocol.error.AccessDeniedException;
import dev.trent.protocol.error.NotFoundException;
import dev.trent.store.ReadTransaction;
import dev.trent.store.StoredAlias;
import dev.trent.store.StoredKey;
import java.util.EnumSet;
import java.util.Set;

/**
 * Finds the key a request names, accepting exactly the identifier forms its operation accepts and
 * answering AWS's NotFoundException texts otherwise. Keys of another account are refused here
 * until key policies can grant cross-account use.
 */
public final class KeyResolver {
  /** Every form: the cryptographic operations and DescribeKey. */
  public static final Set<Form> ANY_FORM = EnumSet.allOf(Form.class);

  /** Key id or key ARN only: the management operations. */
  public static final Set<Form> KEY_FORMS = EnumSet.of(Form.KEY_ID, Form.KEY_ARN);

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
      StoredAlias alias = tx.alias(account, ctx.region(), id.name())
          .orElseThrow(() -> new NotFoundException(
              "Alias " + Arns.alias(ctx.region(), account, id.name()) + " is not found."));
      keyId = alias.targetKeyId();
    } else if (!KeyIdentifier.isKeyIdShaped(keyId)) {
      throw invalidKeyId(raw);
    }
    String arn = Arns.key(ctx.region(), account, keyId);
    StoredKey key = tx.key(keyId)
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
}
