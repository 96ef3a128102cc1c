package dev.trent.core.iam;

import dev.trent.core.identity.IdentityArns;
import dev.trent.core.identity.IssuedAccessKey;
import dev.trent.crypto.Sha256;
import dev.trent.store.StoredAccessKey;
import dev.trent.store.StoredRole;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The STS actions: GetCallerIdentity and AssumeRole. AssumeRole follows IAM's rules: the role's
 * trust policy must allow the caller, and when it allows only through the caller's account, or
 * the caller is in another account, the caller's identity policies must allow {@code
 * sts:AssumeRole} on the role too; account roots may not assume roles; a session assuming a role
 * (role chaining) gets at most an hour. Thread-safe.
 */
public final class SecurityTokens {
  private static final Pattern ROLE_ARN =
      Pattern.compile("arn:aws:iam::([0-9]{12}):role(/|/[\\u0021-\\u007E]+/)([\\w+=,.@-]+)");
  private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]*");
  private static final int MIN_DURATION = 900;
  private static final int CHAINED_MAX = 3600;

  private final IamServices iam;

  public SecurityTokens(IamServices iam) {
    this.iam = iam;
  }

  /** Who the caller is: account, ARN and user id as STS shows them. */
  public CallerIdentity callerIdentity(IamCaller caller) {
    if (caller.isAccountRoot()) {
      return new CallerIdentity(caller.accountId(), caller.principalArn(), caller.accountId());
    }
    Optional<String> user = caller.userName();
    if (user.isPresent()) {
      String userId = iam.store().read(tx -> tx.user(caller.accountId(), user.get()))
          .map(u -> u.userId()).orElse(caller.accessKeyId());
      return new CallerIdentity(caller.accountId(), caller.principalArn(), userId);
    }
    String arn = caller.principalArn();
    String session = arn.substring(arn.lastIndexOf('/') + 1);
    String roleId = caller.sessionRoleName()
        .flatMap(role -> iam.store().read(tx -> tx.role(caller.accountId(), role)))
        .map(StoredRole::roleId).orElse(caller.accessKeyId());
    return new CallerIdentity(caller.accountId(), arn, roleId + ":" + session);
  }

  public AssumedRole assumeRole(IamCaller caller, String roleArn, String sessionName,
      Integer durationSeconds) {
    IamNames.required(roleArn, "roleArn");
    IamNames.length(roleArn, "roleArn", 20, 2048);
    IamNames.required(sessionName, "roleSessionName");
    IamNames.length(sessionName, "roleSessionName", 2, 64);
    if (!SESSION_NAME.matcher(sessionName).matches()) {
      throw IamNames.invalid(sessionName, "roleSessionName",
          "Member must satisfy regular expression pattern: [\\w+=,.@-]*");
    }
    int duration = durationSeconds == null ? CHAINED_MAX : durationSeconds;
    if (duration < MIN_DURATION || duration > 43_200) {
      throw IamNames.invalid(String.valueOf(duration), "durationSeconds",
          duration < MIN_DURATION ? "Member must have value greater than or equal to 900"
              : "Member must have value less than or equal to 43200");
    }
    if (caller.isAccountRoot()) {
      throw new AccessDenied("Roles may not be assumed by root accounts.");
    }
    Matcher m = ROLE_ARN.matcher(roleArn);
    if (!m.matches()) {
      throw new ValidationError(roleArn + " is invalid");
    }
    StoredRole role = iam.store().read(tx -> tx.role(m.group(1), m.group(3)))
        .filter(r -> IdentityArns.role(r.accountId(), r.path(), r.roleName()).equals(roleArn))
        .orElseThrow(() -> denied(caller, roleArn));
    authorize(caller, role, roleArn);
    if (duration > role.maxSessionDuration()) {
      throw new ValidationError(
          "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
    }
    if (caller.sessionRoleName().isPresent() && duration > CHAINED_MAX) {
      throw new ValidationError("The requested DurationSeconds exceeds the 1 hour session limit"
          + " for roles assumed by role chaining.");
    }
    return issue(role, sessionName, duration);
  }

  private void authorize(IamCaller caller, StoredRole role, String roleArn) {
    PolicyLanguage.Decision identity =
        iam.access().identityDecision(caller, "sts:AssumeRole", roleArn);
    PolicyLanguage.Decision trust = iam.access().trustDecision(caller, role.trustPolicy(), roleArn);
    boolean sameAccount = caller.accountId().equals(role.accountId());
    boolean allowed = identity != PolicyLanguage.Decision.EXPLICIT_DENY
        && (trust == PolicyLanguage.Decision.ALLOW && sameAccount
            || (trust == PolicyLanguage.Decision.ALLOW
                || trust == PolicyLanguage.Decision.ALLOW_VIA_ACCOUNT)
                && identity == PolicyLanguage.Decision.ALLOW);
    if (!allowed) {
      throw denied(caller, roleArn);
    }
  }

  private AssumedRole issue(StoredRole role, String sessionName, int duration) {
    String id = iam.ids().temporaryAccessKeyId();
    String secret = iam.ids().secretAccessKey();
    String token = iam.ids().sessionToken();
    Instant now = iam.clock().instant();
    Instant expiration = now.plus(Duration.ofSeconds(duration));
    String principal = IdentityArns.assumedRole(role.accountId(), role.roleName(), sessionName);
    StoredAccessKey key = new StoredAccessKey(id, role.accountId(), role.roleId(), principal, null,
        StoredAccessKey.ACTIVE, iam.secrets().seal(secret, id, role.accountId(), principal),
        Sha256.digest(token.getBytes(StandardCharsets.UTF_8)), expiration, now);
    iam.store().write(tx -> {
      tx.deleteExpiredSessions(now);
      tx.insertAccessKey(key);
      return null;
    });
    iam.changed().run();
    return new AssumedRole(
        new IssuedAccessKey(id, secret, token, expiration, role.accountId(), principal, now),
        principal, role.roleId() + ":" + sessionName);
  }

  private static AccessDenied denied(IamCaller caller, String roleArn) {
    return new AccessDenied("User: " + caller.principalArn()
        + " is not authorized to perform: sts:AssumeRole on resource: " + roleArn);
  }

  /** GetCallerIdentity's answer. */
  public record CallerIdentity(String account, String arn, String userId) {}

  /** AssumeRole's answer: the session's credentials and its AssumedRoleUser. */
  public record AssumedRole(IssuedAccessKey credentials, String assumedRoleArn,
      String assumedRoleId) {}
}
