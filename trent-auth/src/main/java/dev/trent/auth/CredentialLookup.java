package dev.trent.auth;

import java.util.Optional;

/**
 * Finds the credential behind an access key id.
 *
 * <p>Called once per authenticated request in {@link AuthMode#STRICT}, from many threads at once,
 * so implementations must be thread-safe and should be fast (cache if the source is slow). An
 * unknown, deleted or inactive key is {@link Optional#empty()}; the verifier then answers {@code
 * UnrecognizedClientException}.
 */
@FunctionalInterface
public interface CredentialLookup {
  Optional<Credential> find(String accessKeyId);
}
