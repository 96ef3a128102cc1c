package dev.trent.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a log segment: {@code {"seq":N,"prev":"<hex>","hash":"<hex>","record":<record>}}.
 * The header has a fixed form, so a reader finds the record's exact bytes without re-serializing.
 *
 * @param record the CloudTrail record's bytes, exactly as hashed
 */
public record LogLine(long seq, String prev, String hash, byte[] record) {
  private static final Pattern HEADER = Pattern.compile(
      "\\{\"seq\":([0-9]{1,19}),\"prev\":\"([0-9a-f]{64})\",\"hash\":\"([0-9a-f]{64})\",\"record\":");

  private static final byte[] SEQ = ascii("{\"seq\":");
  private static final byte[] PREV = ascii(",\"prev\":\"");
  private static final byte[] HASH = ascii("\",\"hash\":\"");
  private static final byte[] RECORD = ascii("\",\"record\":");
  private static final byte[] HEX_DIGITS = ascii("0123456789abcdef");
  /** A line's length but for the sequence number's digits and the record. */
  private static final int FIXED_LENGTH =
      SEQ.length + PREV.length + HASH.length + RECORD.length + 4 * ChainHash.LENGTH + 2;

  public LogLine {
    record = record.clone();
  }

  @Override
  public byte[] record() {
    return record.clone();
  }

  /** The encoded length of a line for {@code record} at {@code seq}, newline included. */
  static int length(long seq, byte[] record) {
    return FIXED_LENGTH + Long.toString(seq).length() + record.length;
  }

  /**
   * Writes the line of {@code record} into {@code out}: the writer's way, with no copy of the
   * record or its hashes on the way (it writes thousands of lines a second on one thread).
   */
  static void write(ByteBuffer out, long seq, byte[] prev, byte[] hash, byte[] record) {
    out.put(SEQ).put(Long.toString(seq).getBytes(StandardCharsets.US_ASCII)).put(PREV);
    putHex(out, prev);
    out.put(HASH);
    putHex(out, hash);
    out.put(RECORD).put(record).put((byte) '}').put((byte) '\n');
  }

  private static void putHex(ByteBuffer out, byte[] bytes) {
    for (byte b : bytes) {
      out.put(HEX_DIGITS[(b >> 4) & 0xf]).put(HEX_DIGITS[b & 0xf]);
    }
  }

  /** Parses a line without its newline; throws {@link IllegalArgumentException} if malformed. */
  public static LogLine parse(byte[] line) {
    int limit = Math.min(line.length, 200);
    Matcher m = HEADER.matcher(new String(line, 0, limit, StandardCharsets.US_ASCII));
    if (!m.lookingAt() || line.length < m.end() + 3 || line[line.length - 1] != '}') {
      throw new IllegalArgumentException("malformed audit log line");
    }
    return new LogLine(Long.parseLong(m.group(1)), m.group(2), m.group(3),
        Arrays.copyOfRange(line, m.end(), line.length - 1));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** Whether {@code hash} is the chain's next link after {@code previous} for this record. */
  public boolean linksFrom(byte[] previous) {
    return prev.equals(ChainHash.hex(previous))
        && hash.equals(ChainHash.hex(ChainHash.next(previous, seq, record)));
  }
}
