package dev.trent.crypto.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@link SealedStream}: round trips of every size, and every kind of damage refused. */
class SealedStreamTest {
  private static final SecretBytes KEY = SecretBytes.copyOf(new byte[32]);
  private static final byte[] HEADER = "header".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  @Test
  void anySize_roundTrips() throws IOException {
    for (int size : new int[] {0, 1, SealedStream.CHUNK - 1, SealedStream.CHUNK, SealedStream.CHUNK + 1,
        3 * SealedStream.CHUNK + 17}) {
      byte[] plain = Randomness.system().bytes(size);

      assertThat(open(seal(plain, KEY, HEADER), KEY, HEADER)).as("size %d", size).isEqualTo(plain);
    }
  }

  @Test
  void sealed_revealsNoPlaintext() throws IOException {
    byte[] plain = new byte[1000];
    Arrays.fill(plain, (byte) 'A');

    byte[] sealed = seal(plain, KEY, HEADER);

    assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("AAAAAAAA");
  }

  @Test
  void wrongKeyOrHeader_isRefused() throws IOException {
    byte[] sealed = seal(new byte[100], KEY, HEADER);
    SecretBytes other = SecretBytes.copyOf(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
        17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

    assertRefused(sealed, other, HEADER);
    assertRefused(sealed, KEY, "headex".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void anyFlippedBitOrTruncationOrExtension_isRefused() throws IOException {
    byte[] sealed = seal(new byte[2 * SealedStream.CHUNK + 5], KEY, HEADER);
    for (int i = 0; i < sealed.length; i += 4099) {
      byte[] flipped = sealed.clone();
      flipped[i] ^= 0x10;
      assertRefused(flipped, KEY, HEADER);
    }
    for (int length : new int[] {0, 3, 4, SealedStream.CHUNK + 20, sealed.length - 1}) {
      assertRefused(Arrays.copyOf(sealed, length), KEY, HEADER);
    }
    assertRefused(Arrays.copyOf(sealed, sealed.length + 1), KEY, HEADER);
  }

  @Test
  void chunksDropped_isRefused() throws IOException {
    byte[] sealed = seal(new byte[2 * SealedStream.CHUNK], KEY, HEADER);
    int chunk = 4 + SealedStream.CHUNK + 16;
    byte[] withoutFirst = Arrays.copyOfRange(sealed, chunk, sealed.length);

    assertRefused(withoutFirst, KEY, HEADER);
  }

  private static void assertRefused(byte[] sealed, SecretBytes key, byte[] header) {
    assertThatThrownBy(() -> open(sealed, key, header))
        .isInstanceOf(IOException.class)
        .hasCauseInstanceOf(GeneralSecurityException.class);
  }

  private static byte[] seal(byte[] plain, SecretBytes key, byte[] header) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream s = SealedStream.seal(out, key, header)) {
      s.write(plain);
    }
    return out.toByteArray();
  }

  private static byte[] open(byte[] sealed, SecretBytes key, byte[] header) throws IOException {
    try (InputStream s = SealedStream.open(new ByteArrayInputStream(sealed), key, header)) {
      return s.readAllBytes();
    }
  }
}
