package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trent.auth.AuthMode;
import dev.trent.crypto.rootkey.FileRootKeyProvider;
import dev.trent.server.config.ServerConfig;
import dev.trent.server.config.StoreConfig;
import dev.trent.store.postgresql.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.iam.model.StatusType;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.StsException;

/**
 * Two strict-mode nodes on one PostgreSQL: an access key deleted or deactivated through node A's
 * IAM API stops authenticating on node B within 2 seconds, although B had just cached it (its
 * cache would keep it 5 seconds): the store's change feed drops B's identity caches.
 */
class SeveralNodesIdentityIT {
  private static final Duration COHERENCE = Duration.ofSeconds(2);
  private static final String ROOT_ID = "AKIASEVERALNODESROOT";
  private static final String ROOT_SECRET = "several/nodes/root/secret/key/0123456789";
  private static final MovableClock CLOCK = new MovableClock();
  private static final List<TrentFixture> NODES = new ArrayList<>();
  private static IamClient rootOnA;

  @BeforeAll
  static void startNodes() throws IOException {
    String url = TestPostgres.shared().newStoreUrl();
    Map<String, String> env = Map.of(
        "TRENT_ROOT_ACCESS_KEY_ID", ROOT_ID, "TRENT_ROOT_SECRET_ACCESS_KEY", ROOT_SECRET);
    Path first = TrentFixture.newDataDir();
    NODES.add(TrentFixture.start(strictOn(url, first), CLOCK, env));
    Path second = TrentFixture.newDataDir();
    Files.copy(first.resolve(FileRootKeyProvider.FILE_NAME), second.resolve(FileRootKeyProvider.FILE_NAME));
    NODES.add(TrentFixture.start(strictOn(url, second), CLOCK, env));
    rootOnA = IdentityClients.iam(NODES.get(0).endpoint(), IdentityClients.basic(ROOT_ID, ROOT_SECRET));
  }

  @AfterAll
  static void stopNodes() {
    rootOnA.close();
    NODES.forEach(TrentFixture::close);
  }

  @Test
  void accessKeyDeletedOnA_isUnrecognizedOnB_within2Seconds() {
    AccessKey key = newUserKey("deleted-on-a");
    try (StsClient onB = stsOnB(key)) {
      assertThat(onB.getCallerIdentity().arn()).endsWith(":user/deleted-on-a"); // B caches it

      rootOnA.deleteAccessKey(r -> r.userName("deleted-on-a").accessKeyId(key.accessKeyId()));

      assertThat(untilUnrecognized(onB)).isLessThan(COHERENCE);
    }
  }

  @Test
  void accessKeyDeactivatedOnA_isUnrecognizedOnB_within2Seconds() {
    AccessKey key = newUserKey("deactivated-on-a");
    try (StsClient onB = stsOnB(key)) {
      assertThat(onB.getCallerIdentity().arn()).endsWith(":user/deactivated-on-a");

      rootOnA.updateAccessKey(r -> r.userName("deactivated-on-a").accessKeyId(key.accessKeyId())
          .status(StatusType.INACTIVE));

      assertThat(untilUnrecognized(onB)).isLessThan(COHERENCE);
    }
  }

  private static ServerConfig strictOn(String url, Path dir) {
    return ServerConfig.defaults().withPort(0).withDataDir(dir).withAuthMode(AuthMode.STRICT)
        .withDeletionSweepInterval(Duration.ofHours(1)).withStore(new StoreConfig(url, null));
  }

  private static AccessKey newUserKey(String userName) {
    rootOnA.createUser(r -> r.userName(userName));
    return rootOnA.createAccessKey(r -> r.userName(userName)).accessKey();
  }

  private static StsClient stsOnB(AccessKey key) {
    return IdentityClients.sts(NODES.get(1).endpoint(),
        IdentityClients.basic(key.accessKeyId(), key.secretAccessKey()));
  }

  /** How long until B refuses the key as unknown; fails if that takes 10 seconds. */
  private static Duration untilUnrecognized(StsClient onB) {
    long started = System.nanoTime();
    while (System.nanoTime() - started < Duration.ofSeconds(10).toNanos()) {
      try {
        onB.getCallerIdentity();
      } catch (StsException e) {
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidClientTokenId");
        return Duration.ofNanos(System.nanoTime() - started);
      }
      sleep();
    }
    throw new AssertionError("node B still accepts the key after 10 seconds");
  }

  private static void sleep() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
