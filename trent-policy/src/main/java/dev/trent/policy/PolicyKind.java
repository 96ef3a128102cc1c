package dev.trent.policy;

/** Which of the three uses of the language a document is written for; each has its own rules. */
enum PolicyKind {
  /** A KMS key policy (a resource-based policy): every statement names a principal. */
  RESOURCE,
  /** An IAM user's or role's inline or managed policy: no principal, resources required. */
  IDENTITY,
  /** A role's trust policy: a principal, only sts: actions, no resources. */
  TRUST
}
