package dev.trent.store;

import java.time.Instant;

/**
 * A customer-managed policy with its default version's document ({@code v1}: Trent keeps one
 * version).
 *
 * @param policyId the stable unique id ({@code ANPA...})
 * @param arn {@code arn:aws:iam::<account>:policy/<path><name>}, unique
 * @param description the description, or null
 */
public record StoredManagedPolicy(
    String accountId,
    String policyId,
    String policyName,
    String path,
    String arn,
    String document,
    String description,
    Instant createDate) {}
