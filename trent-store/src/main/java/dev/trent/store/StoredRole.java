package dev.trent.store;

import java.time.Instant;

/**
 * An IAM role. Names are unique within an account regardless of case, as in IAM.
 *
 * @param roleId the stable unique id ({@code AROA...}); keys the role's tags, policies and
 *     attachments
 * @param trustPolicy the assume-role policy document, JSON text
 * @param maxSessionDuration the longest session AssumeRole may grant, in seconds
 * @param description the description, or null
 */
public record StoredRole(
    String accountId,
    String roleId,
    String roleName,
    String path,
    String trustPolicy,
    int maxSessionDuration,
    String description,
    Instant createDate) {}
