package dev.trent.core;

import java.time.Instant;

/**
 * Who is calling, in which region, and when: everything an operation may know about the request
 * beyond its input. Built by the pipeline after authentication.
 *
 * @param now the request's single notion of the current time, read once from the clock
 * @param eventId the id of the request's audit (CloudTrail) event
 */
public record RequestContext(
    String accountId, String principalArn, String region, String requestId, Instant now,
    String eventId) {}
