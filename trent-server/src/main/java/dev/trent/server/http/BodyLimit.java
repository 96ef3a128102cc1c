package dev.trent.server.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Aggregates a request into one message of at most {@code maxBytes}; a larger body gets an
 * AWS-style 413 RequestEntityTooLargeException with its request id.
 *
 * <p>When the Content-Length announces the excess and the connection is keep-alive, the rest of
 * the body is read and discarded and the connection stays open: closing while the client is still
 * sending would reset the connection, and the client would lose the 413 it has not read yet. A
 * body found too large mid-way (chunked), or a request that asked for the connection to close,
 * gets the 413 and then a {@link LingeringClose}.
 */
final class BodyLimit extends HttpObjectAggregator {
  private final int maxBytes;

  BodyLimit(int maxBytes) {
    super(maxBytes);
    this.maxBytes = maxBytes;
  }

  @Override
  protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
    boolean close = oversized instanceof FullHttpMessage
        || !HttpUtil.isKeepAlive(oversized) && !HttpUtil.is100ContinueExpected(oversized);
    byte[] body = ("{\"__type\":\"RequestEntityTooLargeException\",\"message\":\"Request body is larger"
        + " than " + maxBytes + " bytes.\"}").getBytes(StandardCharsets.UTF_8);
    FullHttpResponse response = new DefaultFullHttpResponse(
        HttpVersion.HTTP_1_1, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, Unpooled.wrappedBuffer(body));
    response.headers()
        .set("x-amzn-RequestId", UUID.randomUUID().toString())
        .set(HttpHeaderNames.CONTENT_TYPE, "application/x-amz-json-1.1")
        .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
    HttpUtil.setKeepAlive(response, !close);
    ChannelFuture written = ctx.writeAndFlush(response);
    if (close) {
      LingeringClose.after(written);
    } else {
      written.addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
    }
  }
}
