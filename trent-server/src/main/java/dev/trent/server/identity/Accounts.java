package dev.trent.server.identity;

import dev.trent.core.iam.AccessKeys;
import dev.trent.core.iam.EnginePolicies;
import dev.trent.core.iam.IamServices;
import dev.trent.core.identity.AccessKeySecrets;
import dev.trent.core.identity.IdentityDirectory;
import dev.trent.core.identity.IdentityIds;
import dev.trent.core.identity.IssuedAccessKey;
import dev.trent.crypto.Randomness;
import dev.trent.crypto.rootkey.FileRootKeyProvider;
import dev.trent.crypto.rootkey.RootKey;
import dev.trent.store.Store;
import dev.trent.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Creates accounts on a data directory, for {@code trent iam create-account}: the account and its
 * root access key, whose secret is returned once. Works beside a running server (SQLite locks the
 * database; the server sees the new key at once, as it caches unknown keys only briefly).
 */
public final class Accounts {
  private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");

  private Accounts() {}

  /**
   * @param accountId the 12-digit id, or null for a new random one
   * @throws IllegalArgumentException when the id is malformed or the account exists
   */
  public static IssuedAccessKey create(Path dataDir, String accountId) {
    Randomness randomness = Randomness.system();
    RootKey rootKey = new FileRootKeyProvider(dataDir, randomness).load();
    try (Store store = SqliteStore.open(dataDir)) {
      String id = accountId != null ? accountId : newAccountId(store, randomness);
      if (!ACCOUNT_ID.matcher(id).matches()) {
        throw new IllegalArgumentException("An account id is 12 digits, not '" + id + "'.");
      }
      if (store.read(tx -> tx.account(id)).isPresent()) {
        throw new IllegalArgumentException("Account " + id + " exists already.");
      }
      AccessKeySecrets secrets = new AccessKeySecrets(rootKey);
      IamServices iam = new IamServices(store, new IdentityIds(randomness), secrets,
          new EnginePolicies(), new IdentityDirectory(store, Identities.CACHE_TTL),
          Clock.systemUTC(), () -> { });
      return new AccessKeys(iam).createRootKey(id);
    }
  }

  private static String newAccountId(Store store, Randomness randomness) {
    while (true) {
      byte[] random = randomness.bytes(12);
      StringBuilder id = new StringBuilder(12);
      for (byte b : random) {
        // 250 = 25 * 10: drop the bytes that would bias the digits.
        int v = b & 0xff;
        if (v < 250) {
          id.append((char) ('0' + v % 10));
        }
      }
      if (id.length() == 12 && id.charAt(0) != '0'
          && store.read(tx -> tx.account(id.toString())).isEmpty()) {
        return id.toString();
      }
    }
  }
}
