package dev.trent.store;

import java.time.Instant;

/** An account Trent knows: the owner of IAM identities and keys. */
public record StoredAccount(String accountId, Instant createDate) {}
