package dev.trent.it;

import static dev.trent.it.KmsAssertions.assertKmsError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.crypto.rootkey.FileRootKeyProvider;
import dev.trent.store.postgresql.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AlreadyExistsException;
import software.amazon.awssdk.services.kms.model.DisabledException;
import software.amazon.awssdk.services.kms.model.GrantOperation;
import software.amazon.awssdk.services.kms.model.KmsException;

/**
 * Three Trent nodes on one PostgreSQL, driven at once through the AWS SDK: what one node does,
 * the others see and enforce within 2 seconds; uniqueness holds across nodes; scheduled work runs
 * once. Each node has its own data directory (audit chain, events) and the same root key.
 */
class SeveralNodesIT {
  private static final Duration COHERENCE = Duration.ofSeconds(2);
  private static final byte[] PLAINTEXT = {1, 2, 3, 4};

  private static final MovableClock CLOCK = new MovableClock();
  private static final List<TrentFixture> NODES = new ArrayList<>();
  private static KmsClient a;
  private static KmsClient b;
  private static KmsClient c;

  @BeforeAll
  static void startNodes() throws IOException {
    String url = TestPostgres.shared().newStoreUrl();
    Path first = TrentFixture.newDataDir();
    NODES.add(TrentFixture.onStore(url, first, CLOCK));
    for (int i = 0; i < 2; i++) {
      // Nodes share the root key (here its file; in production the passphrase provider).
      Path dir = TrentFixture.newDataDir();
      Files.copy(first.resolve(FileRootKeyProvider.FILE_NAME), dir.resolve(FileRootKeyProvider.FILE_NAME));
      NODES.add(TrentFixture.onStore(url, dir, CLOCK));
    }
    a = NODES.get(0).client();
    b = NODES.get(1).client();
    c = NODES.get(2).client();
  }

  @AfterAll
  static void stopNodes() {
    NODES.forEach(TrentFixture::close);
  }

  @Test
  void keyCreatedOnA_encryptsOnB_andDecryptsOnC() {
    String keyId = a.createKey(r -> {}).keyMetadata().keyId();

    SdkBytes blob = b.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(PLAINTEXT)))
        .ciphertextBlob();

    assertThat(c.decrypt(r -> r.ciphertextBlob(blob)).plaintext().asByteArray()).isEqualTo(PLAINTEXT);
  }

  @Test
  void disableKeyOnA_isRefusedOnB_within2Seconds() {
    String keyId = a.createKey(r -> {}).keyMetadata().keyId();
    encrypt(b, keyId); // B now holds the key in its cache

    a.disableKey(r -> r.keyId(keyId));

    Duration took = untilRefused(() -> encrypt(b, keyId), DisabledException.class);
    assertThat(took).isLessThan(COHERENCE);
    assertKmsError(() -> encrypt(b, keyId), "DisabledException", keyArn(keyId) + " is disabled.");
  }

  @Test
  void scheduleKeyDeletionOnA_isRefusedOnB_within2Seconds() {
    String keyId = a.createKey(r -> {}).keyMetadata().keyId();
    encrypt(b, keyId);

    a.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));

    Duration took = untilRefused(() -> encrypt(b, keyId),
        software.amazon.awssdk.services.kms.model.KmsInvalidStateException.class);
    assertThat(took).isLessThan(COHERENCE);
  }

  @Test
  void deleteAliasOnA_isNotFoundOnB_within2Seconds() {
    String keyId = a.createKey(r -> {}).keyMetadata().keyId();
    String alias = "alias/coherent-" + keyId;
    a.createAlias(r -> r.aliasName(alias).targetKeyId(keyId));
    encrypt(b, alias);

    a.deleteAlias(r -> r.aliasName(alias));

    Duration took = untilRefused(() -> encrypt(b, alias),
        software.amazon.awssdk.services.kms.model.NotFoundException.class);
    assertThat(took).isLessThan(COHERENCE);
  }

  /** A key row change as PutKeyPolicy makes one: B serves the new row within 2 seconds. */
  @Test
  void updateKeyDescriptionOnA_isSeenOnB_within2Seconds() throws InterruptedException {
    String keyId = a.createKey(r -> r.description("before")).keyMetadata().keyId();
    assertThat(b.describeKey(r -> r.keyId(keyId)).keyMetadata().description()).isEqualTo("before");

    a.updateKeyDescription(r -> r.keyId(keyId).description("after"));

    long started = System.nanoTime();
    while (!b.describeKey(r -> r.keyId(keyId)).keyMetadata().description().equals("after")) {
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(COHERENCE);
      Thread.sleep(10);
    }
  }

  /** B holds the key's grants after a use through one; A's RevokeGrant reaches B's grant cache. */
  @Test
  void revokeGrantOnA_isRefusedOnB_within2Seconds() {
    String keyId = a.createKey(r -> {}).keyMetadata().keyId();
    String grantId = a.createGrant(r -> r.keyId(keyId).granteePrincipal(GrantsIT.GRANTEE)
        .operations(GrantOperation.ENCRYPT)).grantId();
    try (KmsClient otherOnB = NODES.get(1).client(GrantsIT.OTHER, "x", TrentFixture.REGION)) {
      encrypt(otherOnB, keyArn(keyId)); // allowed by the grant, which B now holds

      a.revokeGrant(r -> r.keyId(keyId).grantId(grantId));

      Duration took = untilRefused(() -> encrypt(otherOnB, keyArn(keyId)), KmsException.class);
      assertThat(took).isLessThan(COHERENCE);
      assertKmsError(() -> encrypt(otherOnB, keyArn(keyId)), "AccessDeniedException",
          GrantsIT.denied("kms:Encrypt", keyId));
    }
  }

  /** A's PutKeyPolicy that drops another account's permission is enforced on B. */
  @Test
  void putKeyPolicyOnA_isEnforcedOnB_within2Seconds() {
    String owner = "arn:aws:iam::" + TrentFixture.ACCOUNT + ":root";
    String both = "{\"Version\":\"2012-10-17\",\"Statement\":["
        + statement(owner, "kms:*") + "," + statement(GrantsIT.GRANTEE, "kms:Encrypt") + "]}";
    String keyId = a.createKey(r -> r.policy(both)).keyMetadata().keyId();
    try (KmsClient otherOnB = NODES.get(1).client(GrantsIT.OTHER, "x", TrentFixture.REGION)) {
      encrypt(otherOnB, keyArn(keyId)); // allowed by the key policy; B now holds the key row

      a.putKeyPolicy(r -> r.keyId(keyId).policy(KeyPoliciesIT.allow(owner, "\"kms:*\"")));

      Duration took = untilRefused(() -> encrypt(otherOnB, keyArn(keyId)), KmsException.class);
      assertThat(took).isLessThan(COHERENCE);
      assertKmsError(() -> encrypt(otherOnB, keyArn(keyId)), "AccessDeniedException",
          GrantsIT.denied("kms:Encrypt", keyId));
    }
  }

  @Test
  void sameAliasCreatedOnTwoNodesAtOnce_exactlyOneWins() throws Exception {
    String keyA = a.createKey(r -> {}).keyMetadata().keyId();
    String keyB = b.createKey(r -> {}).keyMetadata().keyId();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 20; round++) {
        String alias = "alias/race-" + round + "-" + keyA;
        CyclicBarrier start = new CyclicBarrier(2);
        Future<String> onA = pool.submit(createAlias(a, alias, keyA, start));
        Future<String> onB = pool.submit(createAlias(b, alias, keyB, start));

        assertThat(List.of(onA.get(), onB.get())).containsExactlyInAnyOrder("created", "AlreadyExists");
        String target = c.listAliases(r -> r.keyId(keyA)).aliases().stream()
            .anyMatch(x -> x.aliasName().equals(alias)) ? keyA : keyB;
        assertThat(c.describeKey(r -> r.keyId(alias)).keyMetadata().keyId()).isEqualTo(target);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void dueDeletion_runsOnceAcrossNodes() throws Exception {
    String keyId = a.createKey(r -> {}).keyMetadata().keyId();
    a.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));
    CLOCK.advance(Duration.ofDays(8));

    runScheduledWorkOnEveryNodeAtOnce();

    assertThat(events(keyId, "KMS CMK Deletion")).isEqualTo(1);
    assertKmsError(() -> c.describeKey(r -> r.keyId(keyId)), "NotFoundException",
        "Key '" + keyArn(keyId) + "' does not exist");
  }

  @Test
  void dueRotation_runsOnceAcrossNodes() throws Exception {
    String keyId = a.createKey(r -> {}).keyMetadata().keyId();
    b.enableKeyRotation(r -> r.keyId(keyId).rotationPeriodInDays(90));
    CLOCK.advance(Duration.ofDays(91));

    runScheduledWorkOnEveryNodeAtOnce();

    assertThat(events(keyId, "KMS CMK Rotation")).isEqualTo(1);
    assertThat(c.listKeyRotations(r -> r.keyId(keyId)).rotations()).hasSize(1);
  }

  private static void runScheduledWorkOnEveryNodeAtOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(NODES.size());
    try {
      CyclicBarrier start = new CyclicBarrier(NODES.size());
      List<Future<Integer>> runs = new ArrayList<>();
      for (TrentFixture node : NODES) {
        runs.add(pool.submit(() -> {
          start.await();
          return node.runScheduledWork();
        }));
      }
      for (Future<Integer> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Events of this type about this key, over every node: each node publishes what it ran. */
  /**
   * Events of the key on every node, once delivered: each node's event sinks write on a thread of
   * their own, so wait (up to 5 s) for the first, then a moment more for any duplicate.
   */
  private static long events(String keyId, String detailType) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (eventsNow(keyId, detailType) == 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(200);
    return eventsNow(keyId, detailType);
  }

  private static long eventsNow(String keyId, String detailType) throws IOException {
    long count = 0;
    for (TrentFixture node : NODES) {
      if (Files.exists(node.eventsFile())) { // a node that published nothing has no file
        count += Files.readAllLines(node.eventsFile()).stream()
            .filter(l -> l.contains(keyId) && l.contains(detailType)).count();
      }
    }
    return count;
  }

  private static Callable<String> createAlias(KmsClient client, String alias, String keyId,
      CyclicBarrier start) {
    return () -> {
      start.await();
      try {
        client.createAlias(r -> r.aliasName(alias).targetKeyId(keyId));
        return "created";
      } catch (AlreadyExistsException e) {
        return "AlreadyExists";
      }
    };
  }

  private static void encrypt(KmsClient client, String keyId) {
    client.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(PLAINTEXT)));
  }

  /** How long until {@code call} fails with {@code refusal}; fails the test past 5 seconds. */
  private static Duration untilRefused(Runnable call, Class<? extends KmsException> refusal) {
    long started = System.nanoTime();
    while (true) {
      try {
        call.run();
      } catch (KmsException e) {
        assertThat(e).isInstanceOf(refusal);
        return Duration.ofNanos(System.nanoTime() - started);
      }
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
  }

  private static String statement(String principal, String action) {
    return "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + principal + "\"},\"Action\":\""
        + action + "\",\"Resource\":\"*\"}";
  }

  private static String keyArn(String keyId) {
    return KmsAssertions.keyArn(keyId);
  }
}
