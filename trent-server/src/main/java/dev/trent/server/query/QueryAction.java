package dev.trent.server.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trent.core.iam.IamCaller;

/**
 * One action of a query API: runs it and writes its result's XML (null when it has none). An
 * action that creates something notes it in {@code responseElements} for the audit record, as
 * CloudTrail does, never with a secret.
 */
@FunctionalInterface
interface QueryAction {
  Xml run(IamCaller caller, FormParameters parameters, ObjectNode responseElements);
}
