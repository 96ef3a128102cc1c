package dev.trent.store.jdbc;

import static dev.trent.store.jdbc.Sql.instant;
import static dev.trent.store.jdbc.Sql.millis;

import dev.trent.store.StoredRotation;
import dev.trent.store.StoredRotationSchedule;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A key's material history and automatic-rotation schedule. The (key_id, sequence) primary key
 * and the conditional advance of the schedule are the claims that make a rotation happen once.
 */
final class RotationQueries {
  private final Sql sql;

  RotationQueries(Sql sql) {
    this.sql = sql;
  }

  Optional<StoredRotationSchedule> rotationSchedule(String keyId) {
    return sql.queryOne(
        "SELECT key_id, period_days, next_rotation_date FROM rotation_schedule WHERE key_id = ?",
        r -> new StoredRotationSchedule(r.getString(1), r.getInt(2), instant(r, 3)), keyId);
  }

  List<StoredRotation> rotations(String keyId, long afterSequence, int limit) {
    return sql.query("SELECT key_id, sequence, material_id, rotation_date, rotation_type FROM key_rotation"
            + " WHERE key_id = ? AND sequence > ? ORDER BY sequence LIMIT ?",
        r -> new StoredRotation(r.getString(1), r.getLong(2), r.getString(3), instant(r, 4),
            r.getString(5)),
        keyId, afterSequence, limit);
  }

  long latestRotationSequence(String keyId) {
    return sql.query("SELECT COALESCE(MAX(sequence), -1) FROM key_rotation WHERE key_id = ?",
        r -> r.getLong(1), keyId).get(0);
  }

  int rotationCount(String keyId, String rotationType) {
    return sql.query("SELECT COUNT(*) FROM key_rotation WHERE key_id = ? AND rotation_type = ?",
        r -> r.getInt(1), keyId, rotationType).get(0);
  }

  List<String> keysDueForRotation(Instant now, int limit) {
    return sql.query("SELECT s.key_id FROM rotation_schedule s JOIN kms_key k ON k.key_id = s.key_id"
            + " WHERE s.next_rotation_date <= ? AND k.key_state = 'Enabled'"
            + " ORDER BY s.next_rotation_date, s.key_id LIMIT ?",
        r -> r.getString(1), now.toEpochMilli(), limit);
  }

  void insertRotation(StoredRotation r) {
    sql.update("INSERT INTO key_rotation (key_id, sequence, material_id, rotation_date, rotation_type)"
            + " VALUES (?,?,?,?,?)",
        r.keyId(), r.sequence(), r.materialId(), millis(r.rotationDate()), r.rotationType());
  }

  void putRotationSchedule(StoredRotationSchedule s) {
    sql.update("INSERT INTO rotation_schedule (key_id, period_days, next_rotation_date) VALUES (?,?,?)"
            + " ON CONFLICT (key_id) DO UPDATE SET period_days = excluded.period_days,"
            + " next_rotation_date = excluded.next_rotation_date",
        s.keyId(), s.periodInDays(), millis(s.nextRotationDate()));
  }

  void deleteRotationSchedule(String keyId) {
    sql.update("DELETE FROM rotation_schedule WHERE key_id = ?", keyId);
  }

  /**
   * A single conditional UPDATE: on PostgreSQL a concurrent runner waits for the row lock and then
   * re-evaluates the condition against the committed row, so exactly one of them moves the date.
   */
  boolean advanceRotationSchedule(String keyId, Instant expectedNext, Instant newNext) {
    return sql.update("UPDATE rotation_schedule SET next_rotation_date = ?"
            + " WHERE key_id = ? AND next_rotation_date = ?",
        millis(newNext), keyId, millis(expectedNext)) == 1;
  }
}
