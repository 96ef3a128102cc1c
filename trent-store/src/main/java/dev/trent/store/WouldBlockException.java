package dev.trent.store;

/**
 * The work inside an {@link InlineScope} needs the database; nothing was read or changed. A
 * control-flow signal, not a failure: one shared instance without a stack trace, so deferring a
 * request costs no allocation.
 */
public final class WouldBlockException extends RuntimeException {
  static final WouldBlockException INSTANCE = new WouldBlockException();

  private WouldBlockException() {
    super("the work needs the database, which an inline scope may not wait for", null, false, false);
  }
}
