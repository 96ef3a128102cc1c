package dev.trent.server.query;

import dev.trent.core.iam.IamCaller;

/** One action of a query API: runs it and writes its result's XML (null when it has none). */
@FunctionalInterface
interface QueryAction {
  Xml run(IamCaller caller, FormParameters parameters);
}
