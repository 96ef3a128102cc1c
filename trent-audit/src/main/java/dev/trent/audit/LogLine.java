package dev.trent.audit;

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

  public LogLine {
    record = record.clone();
  }

  @Override
  public byte[] record() {
    return record.clone();
  }

  /** The line with its terminating newline. */
  public byte[] encode() {
    byte[] head = ("{\"seq\":" + seq + ",\"prev\":\"" + prev + "\",\"hash\":\"" + hash + "\",\"record\":")
        .getBytes(StandardCharsets.US_ASCII);
    byte[] out = Arrays.copyOf(head, head.length + record.length + 2);
    System.arraycopy(record, 0, out, head.length, record.length);
    out[out.length - 2] = '}';
    out[out.length - 1] = '\n';
    return out;
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

  /** Whether {@code hash} is the chain's next link after {@code previous} for this record. */
  public boolean linksFrom(byte[] previous) {
    return prev.equals(ChainHash.hex(previous))
        && hash.equals(ChainHash.hex(ChainHash.next(previous, seq, record)));
  }
}
