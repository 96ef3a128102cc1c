package dev.trent.audit;

import java.util.List;

/**
 * What {@link AuditVerifier} found.
 *
 * @param records records checked
 * @param digests digests whose signature verified
 * @param firstSeq first record checked (0 if none)
 * @param lastSeq last record checked (0 if none)
 * @param uncovered records after the last digest: intact as far as the chain shows, but not yet
 *     signed (the server signs them within its digest interval, and at shutdown)
 * @param problems every inconsistency, first one first; empty means the log verifies
 */
public record VerifyReport(long records, long digests, long firstSeq, long lastSeq, long uncovered,
    List<String> problems) {
  public VerifyReport {
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
