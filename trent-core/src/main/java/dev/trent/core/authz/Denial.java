package dev.trent.core.authz;

import dev.trent.protocol.error.AccessDeniedException;

/**
 * Why a request was refused, in AWS's words: {@code User: <caller> is not authorized to perform:
 * <action> on resource: <arn> <reason>}.
 */
public enum Denial {
  EXPLICIT_DENY_IN_RESOURCE_POLICY("with an explicit deny in a resource-based policy"),
  EXPLICIT_DENY_IN_IDENTITY_POLICY("with an explicit deny in an identity-based policy"),
  NO_RESOURCE_POLICY_ALLOWS("because no resource-based policy allows the %s action"),
  NO_IDENTITY_POLICY_ALLOWS("because no identity-based policy allows the %s action");

  private final String reason;

  Denial(String reason) {
    this.reason = reason;
  }

  public String message(String principalArn, String action, String resource) {
    return "User: " + principalArn + " is not authorized to perform: " + action + " on resource: "
        + resource + " " + String.format(reason, action);
  }

  public AccessDeniedException exception(String principalArn, String action, String resource) {
    return new AccessDeniedException(message(principalArn, action, resource));
  }
}
