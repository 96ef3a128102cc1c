package dev.trent.bench;

/** A running limit server. */
public interface LimitHandle extends AutoCloseable {
  Endpoint endpoint();

  /** Its process id, for its CPU; 0 when unknown. */
  long pid();

  @Override
  void close();

  /** Starts limit servers answering a fixed body of a given size. */
  interface Factory {
    LimitHandle start(int bodyBytes, boolean handoff) throws Exception;
  }

  /** Limit servers in this JVM: for the smoke test only (its CPU is the generator's too). */
  static Factory inProcess() {
    return (bodyBytes, handoff) -> {
      LimitServer server = LimitServer.start("127.0.0.1", 0, bodyBytes, handoff);
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
