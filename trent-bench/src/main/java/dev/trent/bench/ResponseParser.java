package dev.trent.bench;

import io.netty.buffer.ByteBuf;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * An incremental HTTP/1.1 response parser, cheaper than a full codec: it reads the status line and
 * the framing headers (Content-Length, chunked Transfer-Encoding, Connection) and skips the body,
 * or keeps it when the caller wants it. Not thread-safe; one per connection.
 */
final class ResponseParser {
  /** One complete response. {@code body} is null unless bodies are captured. */
  interface Listener {
    void response(int status, byte[] body, boolean close);
  }

  private enum State { HEAD, BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILER }

  private final boolean captureBody;
  private final Listener listener;
  private State state = State.HEAD;
  private byte[] line = new byte[512];
  private int lineLength;
  private long remaining;
  private int status;
  private boolean close;
  private ByteArrayOutputStream body;

  ResponseParser(boolean captureBody, Listener listener) {
    this.captureBody = captureBody;
    this.listener = listener;
  }

  /** Consumes all of {@code in}, reporting each response completed on the way. */
  void feed(ByteBuf in) {
    while (in.isReadable()) {
      switch (state) {
        case HEAD -> {
          if (readUntil(in, true)) {
            head();
          }
        }
        case BODY, CHUNK_DATA -> {
          int n = (int) Math.min(remaining, in.readableBytes());
          if (body != null) {
            byte[] chunk = new byte[n];
            in.readBytes(chunk);
            body.writeBytes(chunk);
          } else {
            in.skipBytes(n);
          }
          remaining -= n;
          if (remaining == 0) {
            if (state == State.BODY) {
              finish();
            } else {
              state = State.CHUNK_END;
              lineLength = 0;
            }
          }
        }
        case CHUNK_SIZE -> {
          if (readUntil(in, false)) {
            String size = new String(line, 0, lineLength, StandardCharsets.ISO_8859_1).trim();
            int semicolon = size.indexOf(';');
            remaining = Long.parseLong(semicolon < 0 ? size : size.substring(0, semicolon).trim(), 16);
            lineLength = 0;
            state = remaining == 0 ? State.TRAILER : State.CHUNK_DATA;
          }
        }
        case CHUNK_END -> {
          if (readUntil(in, false)) {
            lineLength = 0;
            state = State.CHUNK_SIZE;
          }
        }
        case TRAILER -> {
          if (readUntil(in, false)) {
            boolean empty = lineLength == 0;
            lineLength = 0;
            if (empty) {
              finish();
            }
          }
        }
        default -> throw new IllegalStateException();
      }
    }
  }

  /**
   * Appends bytes of {@code in} to {@code line} up to the end of a line (the CRLF dropped), or in
   * the head up to the empty line ending it (the head's lines kept, CRLFs included). True when the
   * end was reached.
   */
  private boolean readUntil(ByteBuf in, boolean wholeHead) {
    while (in.isReadable()) {
      byte b = in.readByte();
      if (lineLength == line.length) {
        line = Arrays.copyOf(line, line.length * 2);
      }
      line[lineLength++] = b;
      if (b == '\n') {
        if (!wholeHead) {
          lineLength -= lineLength >= 2 && line[lineLength - 2] == '\r' ? 2 : 1;
          return true;
        }
        if (lineLength >= 4 && line[lineLength - 2] == '\r' && line[lineLength - 3] == '\n'
            && line[lineLength - 4] == '\r') {
          return true;
        }
        if (lineLength == 2 && line[0] == '\r') {
          lineLength = 0; // stray CRLF between messages
        }
      }
    }
    return false;
  }

  private void head() {
    String head = new String(line, 0, lineLength, StandardCharsets.ISO_8859_1);
    lineLength = 0;
    int firstSpace = head.indexOf(' ');
    status = Integer.parseInt(head.substring(firstSpace + 1, firstSpace + 4));
    close = head.startsWith("HTTP/1.0");
    long contentLength = -1;
    boolean chunked = false;
    int at = head.indexOf("\r\n") + 2;
    while (at < head.length()) {
      int end = head.indexOf("\r\n", at);
      if (end <= at) {
        break;
      }
      int colon = head.indexOf(':', at);
      if (colon > at && colon < end) {
        String name = head.substring(at, colon).trim().toLowerCase(Locale.ROOT);
        String value = head.substring(colon + 1, end).trim();
        switch (name) {
          case "content-length" -> contentLength = Long.parseLong(value);
          case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
          case "connection" -> {
            String v = value.toLowerCase(Locale.ROOT);
            close = v.contains("close") || (close && !v.contains("keep-alive"));
          }
          default -> { }
        }
      }
      at = end + 2;
    }
    if (status >= 100 && status < 200) {
      return; // interim response; the real one follows
    }
    body = captureBody ? new ByteArrayOutputStream() : null;
    if (chunked) {
      state = State.CHUNK_SIZE;
    } else if (contentLength > 0) {
      remaining = contentLength;
      state = State.BODY;
    } else {
      finish();
    }
  }

  private void finish() {
    byte[] captured = body == null ? null : body.toByteArray();
    body = null;
    state = State.HEAD;
    lineLength = 0;
    listener.response(status, captured, close);
  }
}
