package dev.trent.auth;

import dev.trent.crypto.HmacSha256;
import dev.trent.crypto.Sha256;
import dev.trent.protocol.error.ExpiredTokenException;
import dev.trent.protocol.error.IncompleteSignatureException;
import dev.trent.protocol.error.InvalidSignatureException;
import dev.trent.protocol.error.MissingAuthenticationTokenException;
import dev.trent.protocol.error.UnrecognizedClientException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates AWS Signature Version 4 requests, signed in the {@code Authorization} header or
 * presigned in the query string.
 *
 * <p>Checks run in AWS's order and fail with AWS's errors and texts: no SigV4 at all gives {@link
 * MissingAuthenticationTokenException}; a malformed header or missing part {@link
 * IncompleteSignatureException}; a request outside the clock-skew window, an unsigned {@code host},
 * a credential scoped to another service or date, or a wrong signature {@link
 * InvalidSignatureException}; an unknown access key {@link UnrecognizedClientException}. In {@link
 * AuthMode#DEV} only the form is checked (see {@link AuthMode}).
 *
 * <p>Temporary credentials carry a session: the request's {@code X-Amz-Security-Token} (header, or
 * query parameter when presigned) must be the session's token, else {@link
 * UnrecognizedClientException}, and the session unexpired, else {@link ExpiredTokenException}. A
 * long-term credential presented with a token is refused like a wrong token.
 *
 * <p>In {@link AuthMode#DEV} an access key the lookup knows names its principal (its secret and
 * token are not checked); any other is the account root, as described at {@link #authenticate}.
 *
 * <p>Only non-S3 signing is supported: the payload must be signed (no {@code UNSIGNED-PAYLOAD}, no
 * chunked streaming signatures). Instances are immutable and thread-safe.
 */
public final class SigV4Verifier {
  static final String DEV_ACCOUNT = "111122223333";
  static final String SIGNATURE_MISMATCH =
      "The request signature we calculated does not match the signature you provided. Check your"
          + " AWS Secret Access Key and signing method. Consult the service documentation for"
          + " details.";
  static final String INVALID_TOKEN = "The security token included in the request is invalid.";
  static final String EXPIRED_TOKEN = "The security token included in the request is expired";

  private final AuthMode mode;
  private final CredentialLookup credentials;
  private final ClockWindow clockWindow;
  private final Clock clock;
  private final Set<String> services;
  private final String expectedService;
  private final SigningKeyCache signingKeys = new SigningKeyCache();

  /**
   * @param mode how strictly to check
   * @param credentials where access keys are found (not consulted in {@link AuthMode#DEV})
   * @param clock the server's clock, for the five-minute skew window
   * @param services the signing names a credential scope may carry, e.g. {@code kms}; the first in
   *     the set's iteration order is the one AWS's error text asks for, so pass a one-element or
   *     ordered set
   */
  public SigV4Verifier(
      AuthMode mode, CredentialLookup credentials, Clock clock, Set<String> services) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.clockWindow = new ClockWindow(clock);
    if (services.isEmpty()) {
      throw new IllegalArgumentException("at least one service is required");
    }
    this.services = Collections.unmodifiableSet(new LinkedHashSet<>(services));
    this.expectedService = this.services.iterator().next();
  }

  /**
   * Authenticates {@code request}.
   *
   * @return who signed it
   * @throws dev.trent.protocol.error.ApiException one of the errors listed on this class
   */
  public Caller authenticate(RequestView request) {
    QueryParameters query = QueryParameters.parse(request.rawQuery());
    SignatureClaims claims = SignatureClaims.of(request, query);
    if (mode == AuthMode.STRICT) {
      clockWindow.check(claims);
    }
    if (!signsHost(claims)) {
      throw new InvalidSignatureException(
          "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
    }
    CredentialScope scope = CredentialScope.parse(claims.credential());
    scope.check(services, expectedService, claims);
    String canonicalRequest = CanonicalRequest.of(request, query, claims);
    if (scope.accessKeyId().isBlank()) {
      throw new UnrecognizedClientException(INVALID_TOKEN);
    }
    if (mode == AuthMode.DEV) {
      return credentials.find(scope.accessKeyId())
          .map(known -> new Caller(known.accountId(), known.principalArn(), known.accessKeyId(),
              scope.region()))
          .orElseGet(() -> devCaller(scope));
    }
    Credential credential =
        credentials
            .find(scope.accessKeyId())
            .orElseThrow(() -> new UnrecognizedClientException(INVALID_TOKEN));
    checkSessionToken(credential, request, query);
    verifySignature(credential, scope, claims, canonicalRequest);
    return new Caller(
        credential.accountId(),
        credential.principalArn(),
        credential.accessKeyId(),
        scope.region());
  }

  private static boolean signsHost(SignatureClaims claims) {
    for (String header : claims.signedHeaders()) {
      if (header.equalsIgnoreCase("host")) {
        return true;
      }
    }
    return false;
  }

  private void checkSessionToken(Credential credential, RequestView request, QueryParameters query) {
    Optional<String> token = request.firstHeader("x-amz-security-token")
        .or(() -> query.first("X-Amz-Security-Token"));
    SessionToken session = credential.session();
    if (session == null) {
      if (token.isPresent()) {
        throw new UnrecognizedClientException(INVALID_TOKEN);
      }
      return;
    }
    if (token.isEmpty()
        || !HmacSha256.constantTimeEquals(
            Sha256.digest(token.get().getBytes(StandardCharsets.UTF_8)), session.digest())) {
      throw new UnrecognizedClientException(INVALID_TOKEN);
    }
    if (!clock.instant().isBefore(session.expiration())) {
      throw new ExpiredTokenException(EXPIRED_TOKEN);
    }
  }

  private void verifySignature(
      Credential credential, CredentialScope scope, SignatureClaims claims, String canonical) {
    String stringToSign =
        SignatureClaims.ALGORITHM + '\n'
            + AmzTimestamp.format(claims.signedAt()) + '\n'
            + scope.scope() + '\n'
            + CanonicalRequest.hash(canonical);
    HmacSha256.Keyed key = signingKeys.signingKey(credential, scope);
    String expected = Hex.encode(key.compute(stringToSign.getBytes(StandardCharsets.UTF_8)));
    if (!HmacSha256.constantTimeEquals(
        expected.getBytes(StandardCharsets.US_ASCII),
        claims.signature().getBytes(StandardCharsets.US_ASCII))) {
      throw new InvalidSignatureException(SIGNATURE_MISMATCH);
    }
  }

  /** DESIGN §3: a 12-digit access key id is its own account, so tests can play many accounts. */
  private static Caller devCaller(CredentialScope scope) {
    String account = Caller.isAccountId(scope.accessKeyId()) ? scope.accessKeyId() : DEV_ACCOUNT;
    return new Caller(
        account, "arn:aws:iam::" + account + ":root", scope.accessKeyId(), scope.region());
  }
}
