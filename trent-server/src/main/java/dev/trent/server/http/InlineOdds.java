package dev.trent.server.http;

/**
 * Whether trying a data-plane call on the event loop is worth it. A call that turns out to need the
 * database is set aside and run again on a worker, which keeps its verified caller but parses,
 * validates and authorizes it again; when most calls miss the caches (a million keys used at
 * random), trying inline costs more than it saves. The score rises by one for each call served
 * inline and falls by four for each deferred one, so it stays up only while more than four in five
 * are served; at zero, only one call in {@link #PROBE_EVERY} is tried, to notice when the caches
 * have warmed. Updated without locks by every event loop: a lost update only nudges a heuristic.
 */
final class InlineOdds {
  static final int MAX = 64;
  static final int PROBE_EVERY = 32;
  private volatile int score = MAX;
  private volatile int probe;

  /** Whether to try the next call inline. */
  boolean tryInline() {
    if (score > 0) {
      return true;
    }
    int n = probe + 1;
    probe = n;
    return n % PROBE_EVERY == 0;
  }

  /** What happened to a call tried inline. */
  void tried(boolean served) {
    int s = score;
    score = served ? Math.min(MAX, s + 1) : Math.max(0, s - 4);
  }
}
