package dev.trent.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTP/1.1 pipelining: requests sent back to back on one connection are answered in order. */
class PipeliningIT {
  private static TrentFixture trent;

  @BeforeAll
  static void start() {
    trent = TrentFixture.dev();
  }

  @AfterAll
  static void stop() {
    trent.close();
  }

  @Test
  void pipelinedRequests_areAnsweredInTheOrderSent() throws IOException {
    RawKms raw = new RawKms(trent.endpoint());
    ByteArrayOutputStream batch = new ByteArrayOutputStream();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      // A durable write (slow: it waits for fsync) between fast reads tempts reordering.
      batch.writeBytes(raw.httpRequest("CreateKey", "{\"Description\":\"pipelined-" + i + "\"}"));
      expected.add("pipelined-" + i);
      batch.writeBytes(raw.httpRequest("GenerateRandom", "{\"NumberOfBytes\":" + (i + 1) + "}"));
      expected.add("random-" + (i + 1));
    }
    try (Socket socket = new Socket("127.0.0.1", trent.port())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(batch.toByteArray());
      out.flush();
      DataInputStream in = new DataInputStream(socket.getInputStream());
      for (String want : expected) {
        String body = readResponseBody(in);
        if (want.startsWith("pipelined-")) {
          assertThat(body).contains("\"Description\":\"" + want + "\"");
        } else {
          int n = Integer.parseInt(want.substring("random-".length()));
          String b64 = body.replaceAll(".*\"Plaintext\":\"([^\"]*)\".*", "$1");
          assertThat(java.util.Base64.getDecoder().decode(b64)).hasSize(n);
        }
      }
    }
  }

  private static String readResponseBody(DataInputStream in) throws IOException {
    String line = readLine(in);
    assertThat(line).startsWith("HTTP/1.1 200");
    int length = -1;
    while (!(line = readLine(in)).isEmpty()) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(lower.substring("content-length:".length()).trim());
      }
    }
    byte[] body = new byte[length];
    in.readFully(body);
    return new String(body, StandardCharsets.UTF_8);
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b; (b = in.read()) != -1 && b != '\n'; ) {
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.US_ASCII);
  }
}
