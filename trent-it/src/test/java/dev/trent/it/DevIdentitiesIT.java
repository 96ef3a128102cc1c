package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AccessKey;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Dev mode: any credentials are the default account's root, except an access key of a stored
 * identity, which is that identity (its secret unchecked), so developers can try identities.
 */
class DevIdentitiesIT {
  private static TrentFixture trent;

  @BeforeAll
  static void start() {
    trent = TrentFixture.dev();
  }

  @AfterAll
  static void stop() {
    trent.close();
  }

  @Test
  void anyCredentials_areTheDefaultRoot_andAStoredKeyIsItsUser() {
    try (IamClient anyone = IdentityClients.iam(trent.endpoint(), IdentityClients.basic("test", "test"));
        StsClient anyoneSts = IdentityClients.sts(trent.endpoint(), IdentityClients.basic("test", "test"))) {
      assertThat(anyoneSts.getCallerIdentity().arn())
          .isEqualTo("arn:aws:iam::" + TrentFixture.ACCOUNT + ":root");
      anyone.createUser(r -> r.userName("dev-alice"));
      AccessKey key = anyone.createAccessKey(r -> r.userName("dev-alice")).accessKey();
      try (StsClient alice = IdentityClients.sts(trent.endpoint(),
          IdentityClients.basic(key.accessKeyId(), "not-the-secret"))) {
        assertThat(alice.getCallerIdentity().arn())
            .isEqualTo("arn:aws:iam::" + TrentFixture.ACCOUNT + ":user/dev-alice");
      }
    }
  }
}
