package dev.trent.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The limit: a bare HTTP server on Trent's stack, answering every request with a fixed JSON body
 * of a given size. It copies {@code dev.trent.server.http.HttpServer}'s setup (NIO, one boss
 * thread, Netty's default number of I/O threads, backlog 1024, TCP_NODELAY, HttpServerCodec,
 * HttpServerKeepAliveHandler, a 1 MiB aggregator) and the headers of Trent's replies, and does
 * nothing else: what a request costs here is the cost of the HTTP exchange itself.
 *
 * <p>Two variants isolate one cost each of Trent's request path: {@link Replies#HANDOFF} hands each
 * request to a 16-thread pool and writes the answer from there; {@link Replies#DURABLE} writes it
 * only once a record for the request is on disk ({@link SyncedLog}), as Trent does with its audit
 * record.
 */
public final class LimitServer implements AutoCloseable {
  /** A fixed request id of the length of Trent's (a UUID), so the headers weigh the same. */
  private static final String REQUEST_ID = "00000000-0000-4000-8000-000000000000";
  private static final int MAX_BODY_BYTES = 1 << 20;

  private final EventLoopGroup boss;
  private final EventLoopGroup io;
  private final ExecutorService workers;
  private final SyncedLog log;
  private final Channel listener;

  /** How the limit server answers. */
  public enum Replies {
    /** On the event loop, as soon as the request is read. */
    AT_ONCE,
    /** From a 16-thread pool the request is handed to. */
    HANDOFF,
    /** Once a record for the request is durable; {@link SyncedLog}. */
    DURABLE
  }

  private LimitServer(String host, int port, byte[] body, Replies replies, Path logDir)
      throws InterruptedException, IOException {
    this.boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    this.io = new MultiThreadIoEventLoopGroup(0, NioIoHandler.newFactory());
    this.workers = replies == Replies.HANDOFF
        ? new ThreadPoolExecutor(16, 16, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(10_000))
        : null;
    this.log = replies == Replies.DURABLE ? SyncedLog.open(logDir) : null;
    ServerBootstrap bootstrap = new ServerBootstrap()
        .group(boss, io)
        .channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_BACKLOG, 1024)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            ch.pipeline()
                .addLast(new HttpServerCodec())
                .addLast(new HttpServerKeepAliveHandler())
                .addLast(new HttpObjectAggregator(MAX_BODY_BYTES))
                .addLast(new FixedReply(body, workers, log));
          }
        });
    this.listener = bootstrap.bind(host, port).sync().channel();
  }

  /**
   * Starts a limit server answering {@code bodyBytes} bytes of JSON; a {@link Replies#DURABLE} one
   * keeps its log in {@code logDir}.
   */
  public static LimitServer start(String host, int port, int bodyBytes, Replies replies, Path logDir)
      throws InterruptedException, IOException {
    return new LimitServer(host, port, body(bodyBytes), replies, logDir);
  }

  public int port() {
    return ((InetSocketAddress) listener.localAddress()).getPort();
  }

  @Override
  public void close() {
    listener.close().syncUninterruptibly();
    boss.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    io.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    if (workers != null) {
      workers.shutdownNow();
    }
    if (log != null) {
      log.close();
    }
  }

  /** A JSON object of exactly {@code size} bytes (at least 2): {@code {"x":"aaa..."}}. */
  static byte[] body(int size) {
    if (size < 8) {
      byte[] b = new byte[Math.max(2, size)];
      Arrays.fill(b, (byte) ' ');
      b[0] = '{';
      b[b.length - 1] = '}';
      return b;
    }
    byte[] b = new byte[size];
    Arrays.fill(b, (byte) 'a');
    byte[] open = "{\"x\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    System.arraycopy(open, 0, b, 0, open.length);
    b[size - 2] = '"';
    b[size - 1] = '}';
    return b;
  }

  private static final class FixedReply extends SimpleChannelInboundHandler<FullHttpRequest> {
    private final byte[] body;
    private final ExecutorService workers;
    private final SyncedLog log;

    FixedReply(byte[] body, ExecutorService workers, SyncedLog log) {
      this.body = body;
      this.workers = workers;
      this.log = log;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
      boolean keepAlive = HttpUtil.isKeepAlive(request);
      if (workers != null) {
        workers.execute(() -> write(ctx, keepAlive));
      } else if (log != null) {
        // As Trent's replies: released on the log's writer, written by the connection's event loop.
        log.append(() -> ctx.executor().execute(() -> write(ctx, keepAlive)));
      } else {
        write(ctx, keepAlive);
      }
    }

    private void write(ChannelHandlerContext ctx, boolean keepAlive) {
      FullHttpResponse response = new DefaultFullHttpResponse(
          HttpVersion.HTTP_1_1, HttpResponseStatus.OK, Unpooled.wrappedBuffer(body));
      response.headers()
          .set("x-amzn-RequestId", REQUEST_ID)
          .set(HttpHeaderNames.CONTENT_TYPE, "application/x-amz-json-1.1")
          .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
      HttpUtil.setKeepAlive(response, keepAlive);
      var future = ctx.writeAndFlush(response);
      if (!keepAlive) {
        future.addListener(ChannelFutureListener.CLOSE);
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      ctx.close();
    }
  }

  /**
   * {@code LimitServer --body-bytes N [--port P] [--handoff | --durable DIR]}: runs until killed,
   * after printing {@code Limit server listening on http://127.0.0.1:PORT}.
   */
  public static void main(String[] args) throws InterruptedException, IOException {
    int port = 0;
    int bodyBytes = 2;
    Replies replies = Replies.AT_ONCE;
    Path logDir = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--body-bytes" -> bodyBytes = Integer.parseInt(args[++i]);
        case "--handoff" -> replies = Replies.HANDOFF;
        case "--durable" -> {
          replies = Replies.DURABLE;
          logDir = Path.of(args[++i]);
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    LimitServer server = start("127.0.0.1", port, bodyBytes, replies, logDir);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    System.out.println("Limit server listening on http://127.0.0.1:" + server.port()
        + " (body " + bodyBytes + " bytes, replies " + replies + ")");
    System.out.flush();
    stopped.await();
  }
}
