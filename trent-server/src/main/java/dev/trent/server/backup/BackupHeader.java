package dev.trent.server.backup;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The clear-text start of a backup file: magic, then a JSON header saying how the rest is
 * protected. Nothing in it is secret; all of it is authenticated, because the stream key is derived
 * over these exact bytes. See docs/backup-format.md.
 *
 * @param format 1
 * @param created when the snapshot was taken (ISO-8601)
 * @param protection {@code root-key} (readable with the data's root key) or {@code passphrase}
 * @param kdf the backup passphrase's Argon2id parameters; null for {@code root-key}
 * @param salt 32 random bytes, base64: each backup's stream key is its own
 * @param rootKeyProvider the backed-up data's root-key provider ({@code file}, {@code passphrase})
 * @param rootKeyCheck the backed-up data's root-key check value (hex)
 * @param rootKeyKdf the backed-up data's passphrase root-key parameters, or null
 */
public record BackupHeader(int format, String created, String protection, String kdf, String salt,
    String rootKeyProvider, String rootKeyCheck, String rootKeyKdf) {
  static final byte[] MAGIC = "TRENTBK1".getBytes(StandardCharsets.US_ASCII);
  public static final String ROOT_KEY = "root-key";
  public static final String PASSPHRASE = "passphrase";
  private static final ObjectMapper JSON = new ObjectMapper()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final int MAX_HEADER = 16 * 1024;

  /** Writes magic, length and JSON; returns those exact bytes (the stream key's input). */
  byte[] write(DataOutputStream out) throws IOException {
    byte[] json = JSON.writeValueAsBytes(this);
    byte[] all = ByteBuffer.allocate(MAGIC.length + 4 + json.length).put(MAGIC).putInt(json.length).put(json)
        .array();
    out.write(all);
    return all;
  }

  /** A header read back, with the exact bytes it was read from. */
  record Read(BackupHeader header, byte[] bytes) {}

  static Read read(DataInputStream in) throws IOException {
    byte[] magic = new byte[MAGIC.length];
    in.readFully(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new IOException("not a Trent backup (or of an unknown format)");
    }
    int length = in.readInt();
    if (length <= 0 || length > MAX_HEADER) {
      throw new IOException("the backup's header is malformed");
    }
    byte[] json = new byte[length];
    in.readFully(json);
    BackupHeader header = JSON.readValue(json, BackupHeader.class);
    if (header.format() != 1) {
      throw new IOException("backup format " + header.format() + " is not supported by this Trent");
    }
    byte[] all = ByteBuffer.allocate(MAGIC.length + 4 + length).put(MAGIC).putInt(length).put(json).array();
    return new Read(header, all);
  }
}
