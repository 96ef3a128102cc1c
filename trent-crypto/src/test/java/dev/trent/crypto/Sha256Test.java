package dev.trent.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** {@link Sha256} against the FIPS 180-2 appendix B examples. */
class Sha256Test {
  @Test
  void abc_matchesFips180Example() {
    assertThat(hex("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void twoBlockMessage_matchesFips180Example() {
    assertThat(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
        .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  }

  @Test
  void emptyMessage_matchesKnownDigest() {
    assertThat(hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  private static String hex(String message) {
    return HexFormat.of().formatHex(Sha256.digest(message.getBytes(StandardCharsets.US_ASCII)));
  }
}
