package dev.trent.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** One signed request at a time over a kept-alive socket: for setup steps and probes. */
public final class BlockingClient implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A response: status and body. */
  public record Response(int status, byte[] body) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }

    public JsonNode json() {
      try {
        return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("response is not JSON: " + text(), e);
      }
    }

    /** The AWS error type ({@code __type}), or null. */
    public String errorType() {
      JsonNode type = ok() ? null : json().get("__type");
      if (type == null) {
        return null;
      }
      String t = type.asText();
      return t.substring(t.lastIndexOf('#') + 1);
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final Endpoint endpoint;
  private final SigV4Signer signer;
  private Socket socket;
  private Response last;
  private boolean closeAfter;

  public BlockingClient(Endpoint endpoint, Credentials credentials) {
    this.endpoint = endpoint;
    this.signer = new SigV4Signer(credentials, endpoint);
  }

  public Response call(Call call) throws IOException {
    try {
      return exchange(call);
    } catch (IOException e) {
      closeSocket(); // a kept-alive connection the server closed meanwhile: one retry on a new one
      return exchange(call);
    }
  }

  /** Calls and requires a 2xx answer. */
  public JsonNode require(Call call) throws IOException {
    Response r = call(call);
    if (!r.ok()) {
      throw new IOException(call.operation() + " answered HTTP " + r.status() + ": " + r.text());
    }
    return r.json();
  }

  private Response exchange(Call call) throws IOException {
    if (socket == null) {
      socket = new Socket();
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), 5_000);
      socket.setSoTimeout(60_000);
    }
    socket.getOutputStream().write(signer.sign(call));
    socket.getOutputStream().flush();
    last = null;
    ResponseParser parser = new ResponseParser(true, (status, body, close) -> {
      last = new Response(status, body);
      closeAfter = close;
    });
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[16384];
    while (last == null) {
      int n = in.read(buffer);
      if (n < 0) {
        throw new IOException("connection closed before a response");
      }
      parser.feed(Unpooled.wrappedBuffer(buffer, 0, n));
    }
    if (closeAfter) {
      closeSocket();
    }
    return last;
  }

  private void closeSocket() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      socket = null;
    }
  }

  @Override
  public void close() {
    closeSocket();
  }
}
