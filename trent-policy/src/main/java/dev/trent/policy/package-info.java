/**
 * The policy language of AWS IAM, as KMS key policies, IAM identity policies and role trust
 * policies use it: one engine for all three.
 *
 * <p>{@link dev.trent.policy.Policy} parses a document into an immutable, thread-safe tree,
 * rejecting what AWS rejects with a {@link dev.trent.policy.MalformedPolicyException} whose message
 * is AWS's own wording where AWS documents one. {@link dev.trent.policy.Policy#evaluate} applies
 * AWS's logic within one policy: an explicit deny wins, else any matching allow, else not
 * applicable. Combining policies (key policy, identity policies, grants) is the caller's job.
 *
 * <p>Evaluation runs on every request, so everything that can be prepared is prepared at parse
 * time: wildcard patterns, CIDR blocks, dates, numbers and verdicts. A policy without policy
 * variables evaluates without allocating.
 *
 * <p>This package knows nothing else of Trent; only Jackson, for parsing.
 */
package dev.trent.policy;
