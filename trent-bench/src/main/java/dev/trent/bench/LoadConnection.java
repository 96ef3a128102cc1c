package dev.trent.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.util.concurrent.TimeUnit;

/** One keep-alive connection with at most one request in flight. */
final class LoadConnection extends ChannelInboundHandlerAdapter {
  private final LoadWorker worker;
  private ResponseParser parser;
  private Channel channel;
  private boolean busy;
  private boolean closing;
  private boolean serverWillClose;
  long intendedNanos;

  LoadConnection(LoadWorker worker) {
    this.worker = worker;
  }

  io.netty.channel.ChannelFuture connect() {
    serverWillClose = false;
    parser = new ResponseParser(worker.spec.sink() != null, this::response);
    return new Bootstrap()
        .group(worker.loop)
        .channel(NioSocketChannel.class)
        .option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.SO_KEEPALIVE, true)
        .handler(this)
        .connect(worker.spec.endpoint().host(), worker.spec.endpoint().port())
        .addListener(f -> {
          if (f.isSuccess()) {
            channel = ((io.netty.channel.ChannelFuture) f).channel();
          }
        });
  }

  @Override
  public boolean isSharable() {
    return true; // reconnects reuse this handler, one channel at a time
  }

  boolean usable() {
    return channel != null && channel.isActive() && !serverWillClose;
  }

  void send(byte[] request, long intended) {
    intendedNanos = intended;
    busy = true;
    if (!usable()) {
      busy = false;
      worker.completed(this, 0, null, "connection not open");
      return;
    }
    channel.writeAndFlush(Unpooled.wrappedBuffer(request), channel.voidPromise());
  }

  private void response(int status, byte[] body, boolean close) {
    if (close) {
      serverWillClose = true;
    }
    if (busy) {
      busy = false;
      worker.completed(this, status, body, null);
    }
  }

  /** Opens a new connection, then goes back to work; retries every 100 ms while the run lasts. */
  void reconnect() {
    if (channel != null) {
      channel.close();
    }
    channel = null;
    connect().addListener(f -> {
      if (closing) {
        return;
      }
      if (!f.isSuccess()) {
        worker.loop.schedule(() -> {
          if (worker.issuing && !closing) {
            reconnect();
          } else {
            worker.idle.add(this);
            worker.finishIfDone();
          }
        }, 100, TimeUnit.MILLISECONDS);
      } else if (worker.issuing && worker.periodNanos == 0) {
        worker.send(this, System.nanoTime());
      } else {
        worker.idle.add(this);
      }
    });
  }

  void close() {
    closing = true;
    if (channel != null) {
      channel.close();
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    ByteBuf buf = (ByteBuf) msg;
    try {
      parser.feed(buf);
    } finally {
      buf.release();
    }
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    channel = ctx.channel();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    if (ctx.channel() != channel) {
      return;
    }
    channel = null;
    if (busy && !closing) {
      busy = false;
      worker.completed(this, 0, null, "connection closed by the server");
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }
}
