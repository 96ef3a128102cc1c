package dev.trent.core.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class KeyIdentifierTest {
  /** The shape as AWS documents it, the rule the hand-written check must keep. */
  private static final Pattern KEY_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|mrk-[0-9a-f]{32}");

  @Test
  void keyIdShape_isAUuidOrAMultiRegionId() {
    assertThat(KeyIdentifier.isKeyIdShaped(UUID.randomUUID().toString())).isTrue();
    assertThat(KeyIdentifier.isKeyIdShaped("mrk-1234abcd12ab34cd56ef1234567890ab")).isTrue();
    assertThat(KeyIdentifier.isKeyIdShaped("1234ABCD-12ab-34cd-56ef-1234567890ab")).isFalse();
    assertThat(KeyIdentifier.isKeyIdShaped("mrk-1234abcd-12ab-34cd-56ef-123456789")).isFalse();
    assertThat(KeyIdentifier.isKeyIdShaped("alias/my-key")).isFalse();
    assertThat(KeyIdentifier.isKeyIdShaped("")).isFalse();
  }

  /** Random mutations of both shapes: every verdict is the regular expression's. */
  @Test
  void keyIdShape_agreesWithTheDocumentedPattern() {
    Random random = new Random(7);
    String alphabet = "0123456789abcdefABCDEF-mrkxg";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder id = new StringBuilder(i % 2 == 0 ? UUID.randomUUID().toString()
          : "mrk-" + UUID.randomUUID().toString().replace("-", ""));
      int changes = random.nextInt(3);
      for (int c = 0; c < changes; c++) {
        int at = random.nextInt(id.length());
        switch (random.nextInt(3)) {
          case 0 -> id.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
          case 1 -> id.deleteCharAt(at);
          default -> id.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String value = id.toString();
      assertThat(KeyIdentifier.isKeyIdShaped(value)).as(value).isEqualTo(KEY_ID.matcher(value).matches());
    }
  }
}
