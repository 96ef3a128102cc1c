package dev.trent.server.http;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.socket.DuplexChannel;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection after an answer sent before the request was read to its end (headers too
 * long, body too large). Closing a socket with unread input makes the kernel reset the
 * connection, and a client still sending then loses the answer it has not read yet. So the
 * output is shut down first (the client sees the answer, then end of stream), the pipeline keeps
 * discarding what still arrives, and the connection is closed once the client closes its side, or
 * after a short linger at the latest.
 */
final class LingeringClose {
  private static final long LINGER_SECONDS = 2;

  private LingeringClose() {}

  /** Once {@code answer} is written, half-closes its connection and closes it after the linger. */
  static void after(ChannelFuture answer) {
    answer.addListener(written -> {
      Channel channel = answer.channel();
      if (!written.isSuccess() || !(channel instanceof DuplexChannel duplex)) {
        channel.close();
        return;
      }
      duplex.shutdownOutput().addListener(shut ->
          channel.eventLoop().schedule(() -> channel.close(), LINGER_SECONDS, TimeUnit.SECONDS));
    });
  }
}
