package dev.trent.server.identity;

import dev.trent.audit.AuditSink;
import dev.trent.auth.AuthMode;
import dev.trent.auth.Credential;
import dev.trent.auth.CredentialLookup;
import dev.trent.auth.SigV4Verifier;
import dev.trent.core.iam.AccessKeys;
import dev.trent.core.iam.EnginePolicies;
import dev.trent.core.iam.IamServices;
import dev.trent.core.identity.AccessKeySecrets;
import dev.trent.core.identity.IdentityDirectory;
import dev.trent.core.identity.IdentityIds;
import dev.trent.core.identity.PrincipalDirectory;
import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.rootkey.RootKey;
import dev.trent.server.config.AccessKeyConfig;
import dev.trent.server.config.ServerConfig;
import dev.trent.server.query.QueryApi;
import dev.trent.store.Store;
import dev.trent.store.StoreChange;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The identity side of a running Trent, wired once by the composition root: the credential lookup
 * every verifier uses (configuration-file keys, then stored keys), the {@link PrincipalDirectory}
 * authorization asks, and the IAM/STS API. In strict mode it also bootstraps the default account's
 * root key ({@link RootBootstrap}).
 */
public final class Identities {
  /** The account of the bootstrap root key (the account dev mode also uses). */
  public static final String DEFAULT_ACCOUNT = "111122223333";
  /** The environment variable naming another account for the bootstrap root key. */
  public static final String ACCOUNT_VARIABLE = "TRENT_DEFAULT_ACCOUNT_ID";
  /**
   * How long another node's change to a key or policy may go unseen here if its notification is
   * lost; normally the store's change feed drops the caches as soon as it commits.
   */
  static final Duration CACHE_TTL = Duration.ofSeconds(5);

  private final StoredCredentials credentials;
  private final IdentityDirectory directory;
  private final IamServices iam;
  private final Clock clock;

  private Identities(StoredCredentials credentials, IdentityDirectory directory, IamServices iam,
      Clock clock) {
    this.credentials = credentials;
    this.directory = directory;
    this.iam = iam;
    this.clock = clock;
  }

  public static Identities open(ServerConfig config, Store store, RootKey rootKey,
      Randomness randomness, Clock clock, Map<String, String> env) {
    AccessKeySecrets secrets = new AccessKeySecrets(rootKey);
    StoredCredentials credentials =
        new StoredCredentials(store, secrets, configured(config), CACHE_TTL);
    IdentityDirectory directory = new IdentityDirectory(store, CACHE_TTL);
    // Every node hears identity changes (PostgreSQL NOTIFY between nodes): a key deleted or
    // deactivated on one stops working on the others as soon as they hear it. The subscription
    // lives as long as the store, which Trent closes.
    store.changes().subscribe(change -> {
      StoreChange.Kind kind = change.kind();
      if (kind == StoreChange.Kind.IDENTITY || kind == StoreChange.Kind.EVERYTHING) {
        credentials.invalidate();
        directory.invalidate();
      }
    });
    IamServices iam = new IamServices(store, new IdentityIds(randomness), secrets,
        new EnginePolicies(), directory, clock, credentials::invalidate);
    if (config.authMode() == AuthMode.STRICT) {
      String account = env.getOrDefault(ACCOUNT_VARIABLE, DEFAULT_ACCOUNT);
      if (!account.matches("[0-9]{12}")) {
        throw new IllegalArgumentException(ACCOUNT_VARIABLE + " must be 12 digits, not '"
            + account + "'.");
      }
      RootBootstrap.ensureRootKey(new AccessKeys(iam), account, env, config.dataDir());
    }
    return new Identities(credentials, directory, iam, clock);
  }

  public CredentialLookup credentials() {
    return credentials;
  }

  /** The identity policies and tags of callers, for authorization (key policies, grants). */
  public PrincipalDirectory principals() {
    return directory;
  }

  /** The IAM and STS API, sharing the KMS path's audit log. */
  public QueryApi queryApi(AuthMode mode, AuditSink audit) {
    return new QueryApi(iam, new SigV4Verifier(mode, credentials, clock, Set.of("iam")),
        new SigV4Verifier(mode, credentials, clock, Set.of("sts")), audit, clock);
  }

  private static Map<String, Credential> configured(ServerConfig config) {
    return config.accessKeys().stream().map(Identities::credential)
        .collect(Collectors.toUnmodifiableMap(Credential::accessKeyId, Function.identity()));
  }

  private static Credential credential(AccessKeyConfig k) {
    String principal = k.principalArn() != null ? k.principalArn()
        : "arn:aws:iam::" + k.accountId() + ":root";
    return new Credential(k.accessKeyId(),
        SecretBytes.adopt(k.secretAccessKey().getBytes(StandardCharsets.UTF_8)), k.accountId(),
        principal);
  }
}
