package dev.trent.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one scenario measured: its operations, figures of its own, and the goals it checks. */
public final class ScenarioResult {
  /**
   * One operation measured on the target, with the limit and the half-rate run when there are, the
   * limit's other variants measured ({@code otherLimits}, empty when none), and the target's audit
   * commits during each target run (warm-up included; null when unknown).
   */
  public record Op(String operation, LoadResult target, LoadResult limit, LoadResult halfRate, int responseBytes,
      Map<LimitServer.Replies, LoadResult> otherLimits, long serverRssBytes, long serverPeakRssBytes,
      AuditCounters audit, AuditCounters halfRateAudit) {
    public Op {
      otherLimits = Map.copyOf(otherLimits);
    }

    /** The target's requests/s over the limit's; NaN without a limit. */
    public double ratioToLimit() {
      return ratio(target, limit);
    }

    /** The target's requests/s over the durable limit's; NaN when it was not measured. */
    public double ratioToDurableLimit() {
      return ratio(target, otherLimits.get(LimitServer.Replies.DURABLE));
    }

    private static double ratio(LoadResult of, LoadResult to) {
      return to == null || to.opsPerSecond() == 0 ? Double.NaN : of.opsPerSecond() / to.opsPerSecond();
    }
  }

  /** A goal of the issue: met or not, with the value measured. */
  public record Goal(String goal, String target, double value, boolean met, String note) {}

  private final String scenario;
  private String status = "ok";
  private String reason;
  private final List<Op> ops = new ArrayList<>();
  private int primary;
  private final Map<String, Object> extras = new LinkedHashMap<>();
  private final List<Goal> goals = new ArrayList<>();

  public ScenarioResult(String scenario) {
    this.scenario = scenario;
  }

  public String scenario() {
    return scenario;
  }

  public String status() {
    return status;
  }

  public String reason() {
    return reason;
  }

  public List<Op> ops() {
    return ops;
  }

  /** The operation whose figures are the scenario's headline (the top-level JSON fields). */
  public Op primaryOp() {
    return ops.isEmpty() ? null : ops.get(primary);
  }

  public Map<String, Object> extras() {
    return extras;
  }

  public List<Goal> goals() {
    return goals;
  }

  Op add(Op op) {
    ops.add(op);
    return op;
  }

  void setPrimary(Op op) {
    primary = ops.indexOf(op);
  }

  void skip(String why) {
    status = "skipped";
    reason = why;
  }

  void fail(String why) {
    status = "failed";
    reason = why;
  }

  void put(String key, Object value) {
    extras.put(key, value);
  }

  void goal(String goal, String target, double value, boolean met, String note) {
    goals.add(new Goal(goal, target, value, met, note));
  }
}
