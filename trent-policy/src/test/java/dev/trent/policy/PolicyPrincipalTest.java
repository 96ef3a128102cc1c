package dev.trent.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyPrincipalTest {
  @ParameterizedTest(name = "{0} in {1} -> {2}")
  @CsvSource({
      "arn:aws:iam::111122223333:root, 111122223333, true",
      "arn:aws-cn:iam::111122223333:root, 111122223333, true",
      "arn:aws:iam::444455556666:root, 111122223333, false",
      "arn:aws:iam::111122223333:user/root, 111122223333, false",
      "arn:aws:sts::111122223333:root, 111122223333, false",
      "arn:aws:iam:us-east-1:111122223333:root, 111122223333, false",
      "arn:aws:sts::111122223333:assumed-role/root/root, 111122223333, false",
      "111122223333:root, 111122223333, false",
      "arn::iam::111122223333:root, 111122223333, false",
      "x:aws:iam::111122223333:root, 111122223333, false"})
  void accountRoot_isRecognisedExactly(String arn, String account, boolean root) {
    assertThat(new PolicyPrincipal(arn, account, null).isAccountRoot()).isEqualTo(root);
  }

  @ParameterizedTest
  @CsvSource({"aws, 111122223333", "aws-us-gov, 444455556666"})
  void accountRootFactory_buildsTheRootArn(String partition, String account) {
    PolicyPrincipal root = PolicyPrincipal.accountRoot(partition, account);
    assertThat(root.arn()).isEqualTo("arn:" + partition + ":iam::" + account + ":root");
    assertThat(root.isAccountRoot()).isTrue();
    assertThat(root.roleArn()).isNull();
  }
}
