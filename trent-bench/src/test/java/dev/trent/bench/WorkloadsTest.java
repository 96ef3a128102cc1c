package dev.trent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadsTest {
  @Test
  void eachKeyOnce_givesTheKeysInTheirOrder_withTheBodysHash() {
    List<String> keys = List.of("k-3", "k-1", "k-2");
    Workload w = Workloads.encryptEachKeyOnce(keys);

    List<String> sent = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Call c = w.next();
      String body = new String(c.body(), StandardCharsets.UTF_8);
      assertThat(c.operation()).isEqualTo("Encrypt");
      assertThat(c.constant()).isFalse();
      // The resumed hash of the shared plaintext prefix must equal the whole body's hash.
      assertThat(c.bodySha256()).isEqualTo(Hashing.sha256Hex(c.body()));
      assertThat(body).startsWith(Workloads.encryptBodyBeforeKey()).endsWith("\"}");
      sent.add(body.substring(Workloads.encryptBodyBeforeKey().length(), body.length() - 2));
    }
    assertThat(sent).containsExactly("k-3", "k-1", "k-2", "k-3");
  }

  @Test
  void randomKey_bodiesNameOneOfTheKeys_withTheBodysHash() {
    List<String> keys = List.of("a", "b");
    Workload w = Workloads.randomEncrypt(keys);
    for (int i = 0; i < 20; i++) {
      Call c = w.next();
      String body = new String(c.body(), StandardCharsets.UTF_8);
      assertThat(c.bodySha256()).isEqualTo(Hashing.sha256Hex(c.body()));
      assertThat(body.substring(Workloads.encryptBodyBeforeKey().length(), body.length() - 2)).isIn(keys);
    }
  }
}
