/**
 * Authentication of AWS Signature Version 4 requests.
 *
 * <p>The server adapts each HTTP request to a {@link dev.trent.auth.RequestView} and asks a {@link
 * dev.trent.auth.SigV4Verifier} for the {@link dev.trent.auth.Caller}. Every failure is one of the
 * AWS authentication errors of {@code dev.trent.protocol.error}, with AWS's own message text. This
 * package knows nothing of HTTP libraries, storage or policies: secrets come from a {@link
 * dev.trent.auth.CredentialLookup}.
 */
package dev.trent.auth;
