package dev.trent.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The signer against a signature computed independently, by botocore. */
class SigV4SignerTest {
  @Test
  void signsLikeTheSdk() {
    // Known answer: botocore 1.43.11's SigV4Auth('kms', 'us-east-1') on the same request, at the
    // same time, with the same key.
    Credentials credentials = new Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1");
    SigV4Signer signer = new SigV4Signer(credentials, Endpoint.loopback(4599));
    Call call = Call.constant("ListKeys", "{}");
    String request = new String(signer.sign(call, 1_700_000_000_000L), StandardCharsets.US_ASCII);

    assertThat(request).startsWith("POST / HTTP/1.1\r\nHost: 127.0.0.1:4599\r\n");
    assertThat(request).contains("X-Amz-Date: 20231114T221320Z\r\n");
    assertThat(request).contains("Credential=AKIDEXAMPLE/20231114/us-east-1/kms/aws4_request, "
        + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, "
        + "Signature=2295ffb12575eefe77903e148368cb83dd541ead86a5a06aff6562e177a0e45a\r\n");
    assertThat(request).endsWith("Content-Length: 2\r\n\r\n{}");
  }

  @Test
  void constantCallsReuseTheirBytesWithinTheSecond() {
    SigV4Signer signer = new SigV4Signer(new Credentials("a", "b", "us-east-1"), Endpoint.loopback(1));
    Call call = Call.constant("DescribeKey", "{\"KeyId\":\"x\"}");
    assertThat(signer.sign(call, 5_000)).isSameAs(signer.sign(call, 5_999));
    assertThat(signer.sign(call, 6_000)).isNotSameAs(signer.sign(call, 5_999));
  }
}
