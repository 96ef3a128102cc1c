package dev.trent.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Limit servers in their own JVM, started like Trent (same JVM options), one per measurement. */
final class ProcessLimits implements LimitHandle.Factory {
  private final List<String> javaOptions;
  private final Path logDir;

  ProcessLimits(List<String> javaOptions, Path logDir) {
    this.javaOptions = javaOptions;
    this.logDir = logDir;
  }

  @Override
  public LimitHandle start(int bodyBytes, LimitServer.Replies replies) throws Exception {
    List<String> args = new ArrayList<>(List.of("-cp", System.getProperty("java.class.path"),
        LimitServer.class.getName(), "--body-bytes", Integer.toString(bodyBytes)));
    switch (replies) {
      case AT_ONCE -> { }
      case HANDOFF -> args.add("--handoff");
      // Beside Trent's data directories: the same disk.
      case DURABLE -> args.addAll(List.of("--durable", logDir.toString()));
    }
    JavaProcess process = JavaProcess.spawn(javaOptions, args, logDir.resolve("limit.log"));
    try {
      Endpoint endpoint = Endpoint.loopback(process.awaitPort(60));
      return new LimitHandle() {
        @Override
        public Endpoint endpoint() {
          return endpoint;
        }

        @Override
        public long pid() {
          return process.pid();
        }

        @Override
        public void close() {
          process.close();
        }
      };
    } catch (Exception e) {
      process.close();
      throw e;
    }
  }
}
