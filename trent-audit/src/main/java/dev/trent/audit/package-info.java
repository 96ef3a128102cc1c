/**
 * The audit trail: CloudTrail-format records of every API call ({@link dev.trent.audit.AuditEvent}),
 * the append-only, hash-chained, group-committed log that makes them durable ({@link
 * dev.trent.audit.AuditLog}), the signed digests that make tampering evident, and the offline
 * {@link dev.trent.audit.AuditVerifier} and {@link dev.trent.audit.AuditReader}.
 *
 * <p>On disk, under {@code <data-dir>/audit/}: {@code audit-<first seq>.jsonl} log segments (one
 * {@link dev.trent.audit.LogLine} per record), {@code digests.jsonl} (one signed {@link
 * dev.trent.audit.Digest} per line), and the signing key pair {@code signing-key.p8} (mode 0600)
 * and {@code signing-key.pub.pem}. Nothing is ever rewritten; only a torn final line left by a
 * crash (never acknowledged) is cut off at the next start.
 */
package dev.trent.audit;
