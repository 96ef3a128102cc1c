package dev.trent.policy;

import java.util.Objects;

/**
 * One request as a policy sees it.
 *
 * @param principal who asks; may be null for an anonymous request, which only a {@code "*"}
 *     principal matches (identity policies ignore it)
 * @param action the action, e.g. {@code kms:Encrypt}; matched case-insensitively
 * @param resource the resource's ARN, or {@code "*"} for actions on no particular resource
 * @param conditions the request's condition keys and policy variables
 */
public record PolicyRequest(PolicyPrincipal principal, String action, String resource, ConditionContext conditions) {
  public PolicyRequest {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(conditions, "conditions");
  }
}
