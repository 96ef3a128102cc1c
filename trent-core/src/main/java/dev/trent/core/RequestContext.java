package dev.trent.core;

import dev.trent.core.authz.Authorization;
import java.time.Instant;

/**
 * Who is calling, in which region, and when: everything an operation may know about the request
 * beyond its input. Built by the pipeline after authentication.
 *
 * @param now the request's single notion of the current time, read once from the clock
 * @param eventId the id of the request's audit (CloudTrail) event
 * @param authorization the request's permission checks; the key resolver consults it for every
 *     key the operation touches
 */
public record RequestContext(
    String accountId, String principalArn, String region, String requestId, Instant now,
    String eventId, Authorization authorization) {}
