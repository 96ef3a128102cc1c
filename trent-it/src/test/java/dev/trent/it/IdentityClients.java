package dev.trent.it;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.DefaultRetryStrategy;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.sts.StsClient;

/** Real AWS SDK IAM, STS and KMS clients pointed at a Trent, without retries. */
final class IdentityClients {
  private IdentityClients() {}

  static AwsCredentialsProvider basic(String accessKeyId, String secret) {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secret));
  }

  static AwsCredentialsProvider of(AwsCredentials credentials) {
    return StaticCredentialsProvider.create(credentials);
  }

  /** IAM is global: the SDK signs its calls for us-east-1, service iam. */
  static IamClient iam(URI endpoint, AwsCredentialsProvider credentials) {
    return IamClient.builder().endpointOverride(endpoint).region(Region.AWS_GLOBAL)
        .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(DefaultRetryStrategy.doNotRetry()))
        .build();
  }

  static StsClient sts(URI endpoint, AwsCredentialsProvider credentials) {
    return StsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
        .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(DefaultRetryStrategy.doNotRetry()))
        .build();
  }

  static KmsClient kms(URI endpoint, AwsCredentialsProvider credentials) {
    return KmsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
        .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(o -> o.retryStrategy(DefaultRetryStrategy.doNotRetry()))
        .build();
  }
}
