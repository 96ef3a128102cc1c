package dev.trent.server.pipeline;

/** Hears how each call ended, for metrics. Called on the request's thread: must be quick. */
public interface RequestObserver {
  RequestObserver NONE = (operation, errorCode, nanos) -> {};

  /**
   * @param operation the API operation name, or {@code Unknown} when the target named none
   * @param errorCode the AWS error answered, or null on success
   * @param nanos time in the pipeline, including the audit write
   */
  void completed(String operation, String errorCode, long nanos);

  /**
   * A call tried on an event loop ({@link RequestPipeline.Call#tryInline}): answered there, or sent
   * on to a worker because it needed the database.
   */
  default void triedInline(String operation, boolean served) {}
}
