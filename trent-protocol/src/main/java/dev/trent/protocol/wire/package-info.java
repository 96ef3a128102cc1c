/**
 * The wire records of the AWS KMS API, named as in the API model; members in UpperCamelCase on
 * the wire, blobs as base64, timestamps as epoch seconds. Recipient (Nitro Enclaves) members are
 * carried as raw JSON until attestation is supported. Records with plaintext redact it in
 * toString.
 */
package dev.trent.protocol.wire;
