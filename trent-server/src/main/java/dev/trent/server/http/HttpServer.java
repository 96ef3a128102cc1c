package dev.trent.server.http;

import dev.trent.server.pipeline.RequestPipeline;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The Netty adapter: HTTP/1.1 with keep-alive on NIO, bodies capped at {@code maxBodyBytes},
 * data-plane requests answered on the event loop when what they need is in memory, the others
 * handed to a worker pool (the store may block on fsync, the event loop must not).
 * Nothing outside this package imports Netty.
 */
public final class HttpServer implements AutoCloseable {
  private final String host;
  private final int port;
  private final int maxBodyBytes;
  private final ExecutorService workers;
  private final RequestPipeline pipeline;
  private final InFlight inFlight = new InFlight();
  private final InlineOdds odds = new InlineOdds();
  private EventLoopGroup boss;
  private EventLoopGroup io;
  private Channel listener;

  public HttpServer(String host, int port, int maxBodyBytes, ExecutorService workers, RequestPipeline pipeline) {
    this.host = host;
    this.port = port;
    this.maxBodyBytes = maxBodyBytes;
    this.workers = workers;
    this.pipeline = pipeline;
  }

  /** Binds and returns the port actually bound (useful with port 0). */
  public synchronized int start() throws InterruptedException {
    boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    io = new MultiThreadIoEventLoopGroup(0, NioIoHandler.newFactory());
    ServerBootstrap bootstrap = new ServerBootstrap()
        .group(boss, io)
        .channel(NioServerSocketChannel.class)
        .option(ChannelOption.SO_BACKLOG, 1024)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            ch.pipeline()
                // No HttpServerKeepAliveHandler: it would close at once after an early answer
                // (see LingeringClose); KmsRequestHandler and BodyLimit decide keep-alive.
                .addLast(new HttpServerCodec())
                .addLast(new BodyLimit(maxBodyBytes))
                .addLast(new KmsRequestHandler(pipeline, workers, inFlight, odds));
          }
        });
    listener = bootstrap.bind(host, port).sync().channel();
    return ((InetSocketAddress) listener.localAddress()).getPort();
  }

  /** {@link #drain} with a 30-second grace period. */
  @Override
  public synchronized void close() {
    drain(Duration.ofSeconds(30));
  }

  /**
   * Stops accepting connections, answers the requests already received (waiting up to {@code
   * grace} for them; their answers ask the client to close the connection), then releases the
   * event loops, closing the remaining connections. Idempotent.
   */
  public synchronized void drain(Duration grace) {
    if (listener == null) {
      return;
    }
    inFlight.startDraining();
    listener.close().syncUninterruptibly();
    inFlight.awaitZero(grace);
    boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    io.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    listener = null;
  }
}
