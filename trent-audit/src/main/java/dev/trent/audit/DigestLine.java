package dev.trent.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * One line of {@code digests.jsonl}: {@code {"signature":"<base64>","digest":<digest bytes>}}. The
 * signature covers the digest's exact bytes.
 */
public record DigestLine(byte[] signature, byte[] digestBytes) {
  private static final String PREFIX = "{\"signature\":\"";
  private static final String MIDDLE = "\",\"digest\":";

  public DigestLine {
    signature = signature.clone();
    digestBytes = digestBytes.clone();
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  @Override
  public byte[] digestBytes() {
    return digestBytes.clone();
  }

  public Digest digest() {
    JsonNode node = AuditJson.parse(digestBytes);
    return AuditJson.mapper().convertValue(node, Digest.class);
  }

  public byte[] encode() {
    byte[] head = (PREFIX + Base64.getEncoder().encodeToString(signature) + MIDDLE)
        .getBytes(StandardCharsets.US_ASCII);
    byte[] out = Arrays.copyOf(head, head.length + digestBytes.length + 2);
    System.arraycopy(digestBytes, 0, out, head.length, digestBytes.length);
    out[out.length - 2] = '}';
    out[out.length - 1] = '\n';
    return out;
  }

  /** Parses a line without its newline; throws {@link IllegalArgumentException} if malformed. */
  public static DigestLine parse(byte[] line) {
    String text = new String(line, StandardCharsets.US_ASCII);
    int middle = text.indexOf(MIDDLE);
    if (!text.startsWith(PREFIX) || middle < 0 || line[line.length - 1] != '}') {
      throw new IllegalArgumentException("malformed digest line");
    }
    byte[] signature = Base64.getDecoder().decode(text.substring(PREFIX.length(), middle));
    return new DigestLine(signature, Arrays.copyOfRange(line, middle + MIDDLE.length(), line.length - 1));
  }
}
