package dev.trent.server.http;

import dev.trent.auth.RequestView;
import dev.trent.server.pipeline.Reply;
import dev.trent.server.pipeline.RequestPipeline;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adapts one Netty request to the pipeline, on the event loop when it can be answered from memory,
 * else on a worker thread, and writes the reply back.
 */
final class KmsRequestHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
  private static final Logger LOG = LoggerFactory.getLogger(KmsRequestHandler.class);
  private static final byte[] MALFORMED = ("{\"__type\":\"SerializationException\",\"message\":"
      + "\"Malformed HTTP request.\"}").getBytes(StandardCharsets.UTF_8);

  /**
   * The operations tried on the event loop: the data plane's symmetric and HMAC work, which takes
   * microseconds once the key is cached. Key-pair generation and the other asymmetric operations
   * (milliseconds each) stay on the workers, where they cannot hold up other connections.
   */
  private static final Set<String> INLINE_TARGETS = Set.of("Encrypt", "Decrypt", "ReEncrypt",
      "GenerateDataKey", "GenerateDataKeyWithoutPlaintext", "GenerateMac", "VerifyMac", "DescribeKey",
      "GenerateRandom").stream().map(op -> "TrentService." + op).collect(Collectors.toUnmodifiableSet());

  private final RequestPipeline pipeline;
  private final ExecutorService workers;
  private final InFlight inFlight;
  private final InlineOdds odds;
  /** The last request of this connection; touched only on the connection's event loop. */
  private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

  KmsRequestHandler(RequestPipeline pipeline, ExecutorService workers, InFlight inFlight, InlineOdds odds) {
    this.pipeline = pipeline;
    this.workers = workers;
    this.inFlight = inFlight;
    this.odds = odds;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
    boolean keepAlive = HttpUtil.isKeepAlive(request);
    if (!request.decoderResult().isSuccess()) {
      // The decoder gave up (a header or request line too long, a broken chunk): what follows on
      // this connection cannot be trusted, so answer and close; the client may still be sending.
      LingeringClose.after(respond(ctx, new Reply(400, newRequestId(), MALFORMED), false));
      return;
    }
    RequestPipeline.Call call =
        pipeline.begin(view(request), address(ctx.channel().remoteAddress()));
    inFlight.begin();
    String target = request.headers().get("x-amz-target");
    if (tail.isDone() && target != null && INLINE_TARGETS.contains(target) && odds.tryInline()) {
      // Served here on the event loop when everything it needs is in memory: one thread hand-off
      // fewer (the next is the audit writer's). Otherwise it goes to a worker like any other.
      CompletableFuture<Reply> inline = answerInline(call);
      odds.tried(inline != null);
      if (inline != null) {
        tail = inline.thenAcceptAsync(reply -> finish(ctx, reply, keepAlive), ctx.executor());
        return;
      }
    }
    // One connection's requests run one after another, so pipelined requests are answered in order.
    // The worker is released while the audit record is synced; the reply is written once it is.
    tail = tail.thenComposeAsync(v -> answer(call)
        .thenAcceptAsync(reply -> finish(ctx, reply, keepAlive), ctx.executor()), workers)
        .exceptionallyCompose(e -> {
          if (e.getCause() instanceof RejectedExecutionException) {
            // Refused without running; still audited (and counted) before the answer goes out.
            return call.throttled().exceptionally(KmsRequestHandler::internalError)
                .thenAccept(reply -> {
                  try {
                    write(ctx, reply, keepAlive);
                  } finally {
                    inFlight.end();
                  }
                });
          }
          LOG.error("Writing a reply failed", e);
          return CompletableFuture.completedFuture(null);
        });
  }

  /**
   * Writes the reply; runs on the connection's event loop. A call completes on the audit writer,
   * the one thread every request passes through: the reply is built and written here instead, where
   * writing needs no task queued for the loop, so the writer goes back to its next batch sooner.
   */
  private void finish(ChannelHandlerContext ctx, Reply reply, boolean keepAlive) {
    try {
      // Read the flag after the work: a drain may have begun while this request ran.
      write(ctx, reply, keepAlive && !inFlight.draining());
    } finally {
      inFlight.end();
    }
  }

  /** The pipeline's reply computed on this thread, or null when the call has to wait elsewhere. */
  private static CompletableFuture<Reply> answerInline(RequestPipeline.Call call) {
    try {
      CompletableFuture<Reply> reply = call.tryInline();
      return reply == null ? null : reply.exceptionally(KmsRequestHandler::internalError);
    } catch (Error e) {
      return CompletableFuture.completedFuture(internalError(e));
    }
  }

  /**
   * The pipeline's reply. The pipeline turns every failure into an AWS error; this is the last
   * resort for an Error escaping it, so that the client still gets an answer instead of a
   * connection that hangs until it times out.
   */
  private static CompletableFuture<Reply> answer(RequestPipeline.Call call) {
    try {
      return call.answer().exceptionally(KmsRequestHandler::internalError);
    } catch (Error e) {
      return CompletableFuture.completedFuture(internalError(e));
    }
  }

  private static Reply internalError(Throwable e) {
    String requestId = newRequestId();
    LOG.error("Request {} failed with {}", requestId, e.getClass().getName(), e);
    return new Reply(500, requestId, ("{\"__type\":\"KMSInternalException\",\"message\":"
        + "\"An internal error occurred (request " + requestId + ").\"}").getBytes(StandardCharsets.UTF_8));
  }

  private static String address(SocketAddress remote) {
    return remote instanceof InetSocketAddress inet && inet.getAddress() != null
        ? inet.getAddress().getHostAddress() : null;
  }

  private static String newRequestId() {
    return UUID.randomUUID().toString();
  }

  private static RequestView view(FullHttpRequest request) {
    String uri = request.uri();
    int q = uri.indexOf('?');
    // The one copy of the body: Netty's buffer is released once this handler returns.
    return RequestView.received(request.method().name(), q < 0 ? uri : uri.substring(0, q),
        q < 0 ? null : uri.substring(q + 1), request.headers(), ByteBufUtil.getBytes(request.content()));
  }

  /** Writes the reply; without keep-alive, closes the connection (the request was read whole). */
  private static void write(ChannelHandlerContext ctx, Reply reply, boolean keepAlive) {
    ChannelFuture written = respond(ctx, reply, keepAlive);
    if (!keepAlive) {
      written.addListener(ChannelFutureListener.CLOSE);
    }
  }

  private static ChannelFuture respond(ChannelHandlerContext ctx, Reply reply, boolean keepAlive) {
    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
        HttpResponseStatus.valueOf(reply.status()), Unpooled.wrappedBuffer(reply.body()));
    response.headers()
        .set("x-amzn-RequestId", reply.requestId())
        .set(HttpHeaderNames.CONTENT_TYPE, reply.contentType())
        .setInt(HttpHeaderNames.CONTENT_LENGTH, reply.body().length);
    HttpUtil.setKeepAlive(response, keepAlive);
    return ctx.writeAndFlush(response);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    LOG.debug("Connection error; closing", cause);
    ctx.close();
  }
}
