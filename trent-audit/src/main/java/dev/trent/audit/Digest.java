package dev.trent.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A signed statement about a stretch of the chain: records {@code firstSeq..lastSeq} exist and the
 * last of them has hash {@code chainHead}. Digests chain too ({@code previousDigestHash} is the
 * SHA-256 of the previous digest's bytes), so a removed digest is evident as well.
 *
 * @param startTime eventTime of the first covered record (ISO-8601 UTC)
 * @param endTime eventTime of the last covered record
 * @param keyFingerprint SHA-256 (hex) of the signing public key's SubjectPublicKeyInfo
 */
@JsonPropertyOrder({"version", "firstSeq", "lastSeq", "count", "chainHead", "startTime", "endTime",
    "previousDigestHash", "signedAt", "signatureAlgorithm", "keyFingerprint"})
public record Digest(
    @JsonProperty("version") int version,
    @JsonProperty("firstSeq") long firstSeq,
    @JsonProperty("lastSeq") long lastSeq,
    @JsonProperty("count") long count,
    @JsonProperty("chainHead") String chainHead,
    @JsonProperty("startTime") String startTime,
    @JsonProperty("endTime") String endTime,
    @JsonProperty("previousDigestHash") String previousDigestHash,
    @JsonProperty("signedAt") String signedAt,
    @JsonProperty("signatureAlgorithm") String signatureAlgorithm,
    @JsonProperty("keyFingerprint") String keyFingerprint) {

  public static final int VERSION = 1;
}
