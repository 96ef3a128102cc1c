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

  /**
   * Where {@link #action()} is authorized. {@link Scope#KEY}: on each key the operation touches,
   * by the key resolver when the operation resolves it. {@link Scope#ACCOUNT}: on {@code "*"} in
   * the caller's account, by the pipeline before the operation runs. {@link Scope#ALIAS}: on the
   * alias the request names, by the pipeline before the operation runs, and on its keys as for KEY.
   */
  default Scope scope() {
    return Scope.KEY;
  }

  /** Where an operation's action is authorized; see {@link #scope()}. */
  enum Scope { KEY, ACCOUNT, ALIAS }

  /** Runs the operation; failures are {@code ApiException}s for the wire. */
  O execute(I request, RequestContext context);
}
