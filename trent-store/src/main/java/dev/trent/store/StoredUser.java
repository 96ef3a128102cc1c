package dev.trent.store;

import java.time.Instant;

/**
 * An IAM user. Names are unique within an account regardless of case, as in IAM.
 *
 * @param userId the stable unique id ({@code AIDA...}); keys the user's tags, policies and
 *     attachments
 * @param path the IAM path, {@code /} or {@code /a/b/}
 */
public record StoredUser(
    String accountId, String userId, String userName, String path, Instant createDate) {}
