/**
 * Model-driven request validation that speaks like AWS. {@link
 * dev.trent.protocol.validate.RequestValidator} checks a parsed request body against an
 * operation's input shape: wrong JSON types become {@code SerializationException}, broken
 * constraints one {@code ValidationException} in AWS's Coral wording listing every violation.
 * Operations that enforce tighter rules than the model build the same wording with {@link
 * dev.trent.protocol.validate.ConstraintViolation} and {@link
 * dev.trent.protocol.validate.ValidationErrors}.
 */
package dev.trent.protocol.validate;
