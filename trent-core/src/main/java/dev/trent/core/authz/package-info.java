/**
 * Authorization: AWS KMS's decision from the key policy, the caller's identity policies and the
 * key's grants ({@link dev.trent.core.authz.Authorizer}), the condition keys of a request ({@link
 * dev.trent.core.authz.RequestConditions}), and the per-request handle the pipeline and the key
 * resolver use so that every operation is authorized in one place ({@link
 * dev.trent.core.authz.Authorization}).
 */
package dev.trent.core.authz;
