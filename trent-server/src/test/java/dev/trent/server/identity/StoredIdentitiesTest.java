package dev.trent.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.auth.Credential;
import dev.trent.core.iam.AccessKeys;
import dev.trent.core.iam.EnginePolicies;
import dev.trent.core.iam.IamCaller;
import dev.trent.core.iam.IamServices;
import dev.trent.core.iam.IamUsers;
import dev.trent.core.iam.ManagedPolicies;
import dev.trent.core.identity.AccessKeySecrets;
import dev.trent.core.identity.IdentityDirectory;
import dev.trent.core.identity.IdentityIds;
import dev.trent.core.identity.IssuedAccessKey;
import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.rootkey.RootKey;
import dev.trent.store.Store;
import dev.trent.store.sqlite.SqliteStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The credential lookup and the principal directory over a real store: what they answer, and that
 * a change made through the IAM actions on this node is seen at once despite their caches.
 */
class StoredIdentitiesTest {
  private static final String ACCOUNT = "111122223333";
  private static final IamCaller ROOT =
      new IamCaller(ACCOUNT, "arn:aws:iam::" + ACCOUNT + ":root", "AKIAROOT");
  private static final String KMS_ALL = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
      + "\"Allow\",\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";

  @TempDir Path dir;
  private Store store;
  private StoredCredentials credentials;
  private IdentityDirectory directory;
  private IamServices iam;

  @BeforeEach
  void open() {
    store = SqliteStore.open(dir);
    Randomness randomness = Randomness.system();
    AccessKeySecrets secrets = new AccessKeySecrets(
        new RootKey(SecretBytes.adopt(randomness.bytes(32)), randomness));
    Credential configured = new Credential("AKIACONFIGURED", SecretBytes.copyOf(new byte[] {1}),
        "444455556666", "arn:aws:iam::444455556666:root");
    // Long TTLs: only invalidation can make a change visible within these tests.
    credentials = new StoredCredentials(store, secrets, Map.of("AKIACONFIGURED", configured),
        Duration.ofHours(1));
    directory = new IdentityDirectory(store, Duration.ofHours(1));
    iam = new IamServices(store, new IdentityIds(randomness), secrets, new EnginePolicies(),
        directory, Clock.systemUTC(), credentials::invalidate);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void accessKey_isFoundWithItsSecret_untilDeactivatedOrDeleted() {
    new IamUsers(iam).create(ROOT, "alice", "/", Map.of());
    AccessKeys keys = new AccessKeys(iam);
    IssuedAccessKey issued = keys.create(ROOT, "alice");

    Credential found = credentials.find(issued.accessKeyId()).orElseThrow();
    assertThat(found.principalArn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":user/alice");
    assertThat(found.session()).isNull();
    assertThat(new String(found.secret().toByteArray(), StandardCharsets.UTF_8))
        .isEqualTo(issued.secretAccessKey());

    keys.updateStatus(ROOT, "alice", issued.accessKeyId(), "Inactive");
    assertThat(credentials.find(issued.accessKeyId())).isEmpty();
    keys.updateStatus(ROOT, "alice", issued.accessKeyId(), "Active");
    assertThat(credentials.find(issued.accessKeyId())).isPresent();
    keys.delete(ROOT, "alice", issued.accessKeyId());
    assertThat(credentials.find(issued.accessKeyId())).isEmpty();
  }

  @Test
  void unknownKey_cachedAsUnknown_isFoundOnceCreatedHere() {
    AccessKeys keys = new AccessKeys(iam);
    assertThat(credentials.find("AKIANOTYET")).isEmpty();
    keys.installRootKey(ACCOUNT, "AKIANOTYET", "secret");
    assertThat(credentials.find("AKIANOTYET").orElseThrow().principalArn())
        .isEqualTo("arn:aws:iam::" + ACCOUNT + ":root");
  }

  @Test
  void configuredKeys_win() {
    assertThat(credentials.find("AKIACONFIGURED").orElseThrow().accountId()).isEqualTo("444455556666");
  }

  @Test
  void directory_listsInlineAndAttachedPolicies_andTags_seeingChangesAtOnce() {
    IamUsers users = new IamUsers(iam);
    String alice = "arn:aws:iam::" + ACCOUNT + ":user/eng/alice";
    users.create(ROOT, "alice", "/eng/", Map.of("team", "a"));
    assertThat(directory.identityPolicies(alice)).isEmpty();
    assertThat(directory.principalTags(alice)).isEqualTo(Map.of("team", "a"));

    users.putPolicy(ROOT, "alice", "inline", KMS_ALL);
    String managed = new ManagedPolicies(iam).create(ROOT, "Managed", "/",
        KMS_ALL.replace("kms:*", "kms:Encrypt"), null).arn();
    users.attachPolicy(ROOT, "alice", managed);
    assertThat(directory.identityPolicies(alice))
        .containsExactly(KMS_ALL, KMS_ALL.replace("kms:*", "kms:Encrypt"));

    users.tag(ROOT, "alice", Map.of("team", "b"));
    assertThat(directory.principalTags(alice)).isEqualTo(Map.of("team", "b"));
    // The same name at another path is another principal: an ARN of a deleted and recreated user.
    assertThat(directory.identityPolicies("arn:aws:iam::" + ACCOUNT + ":user/alice")).isEmpty();
    assertThat(directory.identityPolicies("arn:aws:iam::" + ACCOUNT + ":root")).isEmpty();
  }
}
