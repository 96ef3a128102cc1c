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
 * answering AWS's NotFoundException texts otherwise, and authorizes the operation's action on it:
 * every key an operation touches passes through here, so no operation can skip the check. A key of
 * another account is reachable only by its key ARN or alias ARN (as in AWS); when it does not
 * exist the caller learns nothing more than when it may not use it (AccessDeniedException).
 *
 * <p>With a {@link KeyCache}, reads in a read-only transaction come from it; a write transaction
 * always reads the row itself, since it is about to change what it read.
 */
public final class KeyResolver {
  /** Every form: the cryptographic operations and DescribeKey. */
  public static final Set<Form> ANY_FORM = EnumSet.allOf(Form.class);

  /** Key id or key ARN only: the management operations. */
  public static final Set<Form> KEY_FORMS = EnumSet.of(Form.KEY_ID, Form.KEY_ARN);

  /**
   * The actions AWS lets a principal of another account perform on a key (API reference, "Cross-
   * account use: Yes"); the others are refused on a foreign key whatever its policy says.
   */
  private static final Set<String> CROSS_ACCOUNT_ACTIONS = Set.of("kms:CreateGrant", "kms:Decrypt",
      "kms:DescribeKey", "kms:DeriveSharedSecret", "kms:Encrypt", "kms:GenerateDataKey",
      "kms:GenerateDataKeyWithoutPlaintext", "kms:GenerateDataKeyPair",
      "kms:GenerateDataKeyPairWithoutPlaintext", "kms:GenerateMac", "kms:GetKeyRotationStatus",
      "kms:GetPublicKey", "kms:ListGrants", "kms:ReEncrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo",
      "kms:RetireGrant", "kms:RevokeGrant", "kms:Sign", "kms:Verify", "kms:VerifyMac",
      "kms:Encapsulate", "kms:Decapsulate");

  private final KeyCache cache;

  /** Reads every key from the store. */
  public KeyResolver() {
    this(null);
  }

  /** Reads keys and aliases through {@code cache} in read-only transactions; null: no cache. */
  public KeyResolver(KeyCache cache) {
    this.cache = cache;
  }

  /**
   * The key {@code raw} names, once {@code action} on it is authorized.
   *
   * @throws AccessDeniedException when the caller may not perform {@code action} on it
   */
  public StoredKey resolve(
      ReadTransaction tx, String raw, Set<Form> accepted, RequestContext ctx, String action) {
    KeyIdentifier id = KeyIdentifier.parse(raw);
    StoredKey key = find(tx, id, raw, accepted, ctx, action);
    boolean viaAlias = id.form() == Form.ALIAS_NAME || id.form() == Form.ALIAS_ARN;
    ctx.authorization().requireOnKey(tx, key, action, viaAlias ? id.name() : null);
    return key;
  }

  /**
   * The key {@code raw} names, without authorizing anything: only for an operation authorized
   * otherwise (ListAliases' KeyId filter, on the account; RetireGrant, by the grant itself).
   */
  public StoredKey locate(ReadTransaction tx, String raw, Set<Form> accepted, RequestContext ctx,
      String action) {
    return find(tx, KeyIdentifier.parse(raw), raw, accepted, ctx, action);
  }

  private StoredKey find(ReadTransaction tx, KeyIdentifier id, String raw, Set<Form> accepted,
      RequestContext ctx, String action) {
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
    boolean foreign = !account.equals(ctx.accountId());
    if (foreign && !CROSS_ACCOUNT_ACTIONS.contains(action)) {
      throw denied(ctx, action, arn);
    }
    return key(tx, keyId)
        .filter(k -> k.accountId().equals(account) && k.region().equals(ctx.region()))
        .orElseThrow(() -> foreign
            ? denied(ctx, action, arn) : new NotFoundException("Key '" + arn + "' does not exist"));
  }

  private static AccessDeniedException denied(RequestContext ctx, String action, String arn) {
    return new AccessDeniedException("User: " + ctx.principalArn() + " is not authorized to perform: "
        + action + " on resource: " + arn + " because no resource-based policy allows the "
        + action + " action");
  }

  private static NotFoundException invalidKeyId(String raw) {
    return new NotFoundException("Invalid keyId '" + raw + "'");
  }

  /**
   * The row of the key {@code keyId} names, through the cache when there is one, without
   * authorizing anything: for a key a ciphertext names, authorized by {@link #resolve} after.
   */
  public Optional<StoredKey> row(ReadTransaction tx, String keyId) {
    return key(tx, keyId);
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
