package dev.trent.policy;

import java.util.List;
import java.util.Set;

/**
 * A statement's {@code Principal} or {@code NotPrincipal}, validated by {@link PrincipalParser}.
 *
 * <p>Matching ({@code Principal}): {@code "*"} and {@code {"AWS": "*"}} match anyone; a user,
 * assumed-role session or federated-user ARN matches that caller; a role ARN matches the role's
 * sessions; an account ({@code 111122223333} or {@code arn:aws:iam::111122223333:root}) matches its
 * root user directly and every other caller of the account through delegation; a service or
 * federated provider matches a caller whose ARN is exactly that name.
 *
 * <p>{@code NotPrincipal} applies to every caller except one it lists completely: as AWS
 * documents, an IAM user is excluded only if both the user and its account are listed, an
 * assumed-role session only if the session, its role and its account are.
 */
final class PrincipalElement {
  /** How a statement's principal matched the caller. */
  enum Match { NONE, DIRECT, VIA_ACCOUNT }

  /** Identity policies have no principal: they are about the identity they are attached to. */
  static final PrincipalElement IMPLIED = new PrincipalElement(true, Set.of(), Set.of(), false, List.of());

  private final boolean anyone;
  private final Set<String> accounts;
  private final Set<String> names;
  private final boolean negated;
  private final List<String> awsPrincipals;

  /**
   * @param accounts twelve-digit account ids, from ids and root ARNs
   * @param names every other principal as written: user, role, session ARNs, services, providers
   * @param awsPrincipals the {@code AWS} principals other than {@code "*"}, as written
   */
  PrincipalElement(boolean anyone, Set<String> accounts, Set<String> names, boolean negated, List<String> awsPrincipals) {
    this.anyone = anyone;
    this.accounts = Set.copyOf(accounts);
    this.names = Set.copyOf(names);
    this.negated = negated;
    this.awsPrincipals = List.copyOf(awsPrincipals);
  }

  List<String> awsPrincipals() {
    return awsPrincipals;
  }

  Match match(PolicyPrincipal caller) {
    if (negated) {
      return excludes(caller) ? Match.NONE : Match.DIRECT;
    }
    if (anyone) {
      return Match.DIRECT;
    }
    if (caller == null) {
      return Match.NONE;
    }
    if (names.contains(caller.arn()) || (caller.roleArn() != null && names.contains(caller.roleArn()))) {
      return Match.DIRECT;
    }
    if (accounts.contains(caller.accountId())) {
      return caller.isAccountRoot() ? Match.DIRECT : Match.VIA_ACCOUNT;
    }
    return Match.NONE;
  }

  private boolean excludes(PolicyPrincipal caller) {
    if (anyone) {
      return true;
    }
    if (caller == null) {
      return false;
    }
    boolean account = accounts.contains(caller.accountId());
    if (caller.isAccountRoot()) {
      return account;
    }
    boolean self = names.contains(caller.arn());
    boolean role = caller.roleArn() == null || names.contains(caller.roleArn());
    return self && role && account;
  }
}
