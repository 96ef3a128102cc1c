package dev.trent.policy;

/**
 * Every message of {@link MalformedPolicyException}, in one place. Where AWS documents or is known
 * to send a text (KMS's {@code MalformedPolicyDocumentException}, IAM's {@code
 * MalformedPolicyDocument}) it is used verbatim; the others are sentences in the same style that
 * say what is wrong and where.
 */
final class PolicyMessages {
  private PolicyMessages() {}

  // Texts AWS sends.
  static final String SYNTAX_ERRORS = "Syntax errors in policy.";
  static final String INVALID_PRINCIPALS = "Policy contains a statement with one or more invalid principals.";
  static final String PRINCIPAL_NOT_ALLOWED = "Policy document should not specify a principal.";
  static final String MISSING_PRINCIPAL = "Missing required field Principal.";
  static final String PROHIBITED_RESOURCE = "Has prohibited field Resource.";
  static final String TRUST_ACTIONS_ONLY = "AssumeRole policy may only specify STS AssumeRole actions.";
  static final String DUPLICATE_SIDS = "Statement IDs (SID) in a single policy must be unique.";
  static final String SID_NOT_ALPHANUMERIC =
      "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*";
  static final String MISSING_ACTIONS = "Policy statement must contain actions.";
  static final String MISSING_RESOURCES = "Policy statement must contain resources.";
  static final String MISSING_VENDOR = "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.";
  static final String ONE_COLON_ONLY = "Actions/Condition can contain only one colon.";

  /** IAM's text for an invalid principal in a role trust policy. */
  static String invalidTrustPrincipal(String type, String value) {
    return "Invalid principal in policy: \"" + type + "\":\"" + value + "\"";
  }

  static String invalidEffect(String effect) {
    return "Invalid effect: " + effect;
  }

  static String resourceNotArn(String resource) {
    return "Resource " + resource + " must be in ARN format or \"*\".";
  }

  static String invalidConditionType(String operator) {
    return "Invalid Condition type : " + operator;
  }

  static String vendorNotValid(String vendor) {
    return "Vendor " + vendor + " is not valid";
  }

  // Texts in AWS's style where AWS's own are unknown.
  static final String MISSING_EFFECT = "Missing required field Effect.";
  static final String MISSING_STATEMENT = "Missing required field Statement.";
  static final String NO_STATEMENTS = "Policy document must contain at least one statement.";
  static final String NOT_AN_OBJECT = "Syntax errors in policy. The policy document must be a JSON object.";
  static final String STATEMENT_NOT_AN_OBJECT = "Syntax errors in policy. Each statement must be a JSON object.";

  static String unknownField(String field) {
    return "Syntax errors in policy. Unknown field " + field + ".";
  }

  static String invalidVersion(String version) {
    return "Invalid policy version " + version + ". The version must be 2012-10-17 or 2008-10-17.";
  }

  static String bothElements(String element) {
    return "Syntax errors in policy. A statement cannot contain both " + element + " and Not" + element + ".";
  }

  static String notAString(String element) {
    return "Syntax errors in policy. " + element + " must be a string.";
  }

  static String notStrings(String element) {
    return "Syntax errors in policy. " + element + " must be a string or an array of strings.";
  }

  static String conditionNotObject(String where) {
    return "Syntax errors in policy. " + where + " must be a JSON object.";
  }

  static String conditionValues(String key) {
    return "Syntax errors in policy. The values of condition key " + key + " must be strings, numbers or booleans.";
  }
}
