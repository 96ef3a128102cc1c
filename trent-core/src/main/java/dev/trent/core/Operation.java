package dev.trent.core;

/**
 * One AWS KMS API operation. Implementations do the operation's own work only: authentication,
 * audit, metrics and error mapping happen once, in the pipeline.
 *
 * @param <I> the wire request record
 * @param <O> the wire response record, or {@code NoContent}
 */
public interface Operation<I, O> {
  /** The API's operation name, e.g. {@code Encrypt}: each operation class is named for it. */
  default String name() {
    return getClass().getSimpleName();
  }

  Class<I> requestType();

  /** The IAM action this operation requires, e.g. {@code kms:Encrypt}. */
  default String action() {
    return "kms:" + name();
  }

  /** Runs the operation; failures are {@code ApiException}s for the wire. */
  O execute(I request, RequestContext context);
}
