package dev.trent.bench;

import java.nio.file.Path;

/** A running limit server. */
public interface LimitHandle extends AutoCloseable {
  Endpoint endpoint();

  /** Its process id, for its CPU; 0 when unknown. */
  long pid();

  @Override
  void close();

  /** Starts limit servers answering a fixed body of a given size. */
  interface Factory {
    LimitHandle start(int bodyBytes, LimitServer.Replies replies) throws Exception;
  }

  /**
   * Limit servers in this JVM: for the smoke test only (its CPU is the generator's too); a durable
   * one keeps its log in {@code logDir}.
   */
  static Factory inProcess(Path logDir) {
    return (bodyBytes, replies) -> {
      LimitServer server = LimitServer.start("127.0.0.1", 0, bodyBytes, replies, logDir);
      Endpoint endpoint = Endpoint.loopback(server.port());
      return new LimitHandle() {
        @Override
        public Endpoint endpoint() {
          return endpoint;
        }

        @Override
        public long pid() {
          return 0;
        }

        @Override
        public void close() {
          server.close();
        }
      };
    };
  }
}
