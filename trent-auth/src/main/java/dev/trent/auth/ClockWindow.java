package dev.trent.auth;

import dev.trent.protocol.error.InvalidSignatureException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The time window in which a signature is accepted: five minutes either side of the server. */
final class ClockWindow {
  private static final Duration SKEW = Duration.ofMinutes(5);

  private final Clock clock;

  ClockWindow(Clock clock) {
    this.clock = clock;
  }

  /**
   * Rejects a request signed more than five minutes away from now, or a presigned request past its
   * X-Amz-Expires, with AWS's texts.
   */
  void check(SignatureClaims claims) {
    Instant now = clock.instant();
    Instant signedAt = claims.signedAt();
    Instant latest = now.plus(SKEW);
    if (signedAt.isAfter(latest)) {
      throw new InvalidSignatureException(
          "Signature not yet current: " + AmzTimestamp.format(signedAt) + " is still later than "
              + AmzTimestamp.format(latest) + " (" + AmzTimestamp.format(now) + " + 5 min.)");
    }
    Duration validity = claims.validity().orElse(SKEW);
    Instant earliest = now.minus(validity);
    if (signedAt.isBefore(earliest)) {
      throw new InvalidSignatureException(
          "Signature expired: " + AmzTimestamp.format(signedAt) + " is now earlier than "
              + AmzTimestamp.format(earliest) + " (" + AmzTimestamp.format(now) + " - "
              + describe(validity) + ")");
    }
  }

  private static String describe(Duration validity) {
    long seconds = validity.getSeconds();
    return seconds % 60 == 0 ? seconds / 60 + " min." : seconds + " sec.";
  }
}
