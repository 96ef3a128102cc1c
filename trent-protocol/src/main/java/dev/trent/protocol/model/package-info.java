/**
 * The AWS KMS API model as Trent carries it: operations and the shapes of their input and output,
 * with exactly the constraints request validation needs (required, length, range, pattern, enum,
 * sensitive). Loaded from the documentation-free {@code kms-model.json} that {@code
 * tools/gen-model.py} writes from the shared botocore model. Everything here is immutable and
 * thread-safe.
 */
package dev.trent.protocol.model;
