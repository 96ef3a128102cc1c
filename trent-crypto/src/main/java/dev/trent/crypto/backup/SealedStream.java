package dev.trent.crypto.backup;

import dev.trent.crypto.HmacSha256;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.aead.AesGcmJce;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * A stream encrypted in chunks with AES-256-GCM (the STREAM construction): large backups are
 * written and read without holding them in memory, and any change, reordering, truncation or
 * extension is detected.
 *
 * <p>The stream key is HMAC-SHA-256(base key, "trent sealed stream v1" || header): the header
 * (which carries a random salt) is authenticated by the key itself, and each stream has its own
 * key, so the chunk counter is a safe nonce. Chunk {@code i}: {@code length(4, big-endian; high bit
 * set on the last chunk) | AES-GCM(nonce = 0x00000000 || i as 8 bytes, aad = i || last flag)}. A
 * stream always ends with a chunk flagged last (possibly empty). See docs/backup-format.md.
 */
public final class SealedStream {
  public static final int CHUNK = 64 * 1024;
  private static final int LAST = 0x8000_0000;
  private static final byte[] LABEL = "trent sealed stream v1".getBytes(StandardCharsets.UTF_8);

  private SealedStream() {}

  /** Encrypts everything written to the returned stream into {@code out}; close it to finish. */
  public static OutputStream seal(OutputStream out, SecretBytes baseKey, byte[] header) {
    return new Sealing(new DataOutputStream(out), streamKey(baseKey, header));
  }

  /**
   * Decrypts {@code in}; a read throws {@link IOException} with a {@link GeneralSecurityException}
   * cause when the key is wrong or the stream was altered or cut short.
   */
  public static InputStream open(InputStream in, SecretBytes baseKey, byte[] header) {
    return new Opening(new DataInputStream(in), streamKey(baseKey, header));
  }

  private static AesGcmJce streamKey(SecretBytes baseKey, byte[] header) {
    byte[] raw = baseKey.toByteArray();
    byte[] input = ByteBuffer.allocate(LABEL.length + header.length).put(LABEL).put(header).array();
    try (SecretBytes key = SecretBytes.adopt(HmacSha256.compute(raw, input))) {
      return new AesGcmJce(key);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  private static byte[] nonce(long index) {
    return ByteBuffer.allocate(AesGcmJce.IV_LENGTH).putInt(0).putLong(index).array();
  }

  private static byte[] aad(long index, boolean last) {
    return ByteBuffer.allocate(9).putLong(index).put((byte) (last ? 1 : 0)).array();
  }

  private static final class Sealing extends OutputStream {
    private final DataOutputStream out;
    private final AesGcmJce aead;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(CHUNK);
    private long index;
    private boolean closed;

    Sealing(DataOutputStream out, AesGcmJce aead) {
      this.out = out;
      this.aead = aead;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      while (len > 0) {
        int n = Math.min(len, CHUNK - pending.size());
        pending.write(b, off, n);
        off += n;
        len -= n;
        if (pending.size() == CHUNK) {
          emit(false);
        }
      }
    }

    private void emit(boolean last) throws IOException {
      byte[] plain = pending.toByteArray();
      pending.reset();
      byte[] sealed = aead.seal(nonce(index), plain, aad(index, last));
      Arrays.fill(plain, (byte) 0);
      out.writeInt(plain.length | (last ? LAST : 0));
      out.write(sealed);
      index++;
    }

    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        emit(true);
        out.flush();
        out.close();
      }
    }
  }

  private static final class Opening extends InputStream {
    private final DataInputStream in;
    private final AesGcmJce aead;
    private byte[] chunk = new byte[0];
    private int position;
    private long index;
    private boolean ended;

    Opening(DataInputStream in, AesGcmJce aead) {
      this.in = in;
      this.aead = aead;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      while (position == chunk.length) {
        if (ended) {
          return -1;
        }
        next();
      }
      int n = Math.min(len, chunk.length - position);
      System.arraycopy(chunk, position, b, off, n);
      position += n;
      return n;
    }

    private void next() throws IOException {
      int header;
      try {
        header = in.readInt();
      } catch (EOFException e) {
        throw new IOException("the backup is cut short",
            new GeneralSecurityException("sealed stream ended without its last chunk"));
      }
      boolean last = (header & LAST) != 0;
      int length = header & ~LAST;
      if (length > CHUNK) {
        throw new IOException("the backup is damaged", new GeneralSecurityException("oversized chunk"));
      }
      byte[] sealed = new byte[length + AesGcmJce.TAG_LENGTH];
      try {
        in.readFully(sealed);
      } catch (EOFException e) {
        throw new IOException("the backup is cut short", new GeneralSecurityException("truncated chunk"));
      }
      try (SecretBytes plain = aead.open(nonce(index), sealed, aad(index, last))) {
        chunk = plain.toByteArray();
      } catch (GeneralSecurityException e) {
        throw new IOException("the backup cannot be decrypted: wrong key or passphrase, or damaged", e);
      }
      position = 0;
      index++;
      if (last) {
        ended = true;
        if (in.read() != -1) {
          throw new IOException("the backup is damaged",
              new GeneralSecurityException("data after the last chunk"));
        }
      }
    }

    @Override
    public void close() throws IOException {
      Arrays.fill(chunk, (byte) 0);
      in.close();
    }
  }
}
