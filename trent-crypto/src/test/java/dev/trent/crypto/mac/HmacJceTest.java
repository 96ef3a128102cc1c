package dev.trent.crypto.mac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trent.crypto.Randomness;
import dev.trent.crypto.SecretBytes;
import dev.trent.crypto.keys.KeyMaterialGenerator;
import dev.trent.crypto.keys.KeySpec;
import java.util.Arrays;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** GenerateMac / VerifyMac with generated keys of every HMAC key spec. */
class HmacJceTest {
  @ParameterizedTest
  @EnumSource(MacAlgorithm.class)
  void mac_ofAGeneratedKey_equalsTheJdksAndVerifiesOnlyExactly(MacAlgorithm algorithm) throws Exception {
    KeySpec spec = KeySpec.valueOf("HMAC_" + algorithm.name().substring("HMAC_SHA_".length()));
    SecretBytes key = new KeyMaterialGenerator(Randomness.system()).generateHmacKey(spec);
    Mac mac = new HmacJce(algorithm, key);
    byte[] message = "GenerateMac".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    javax.crypto.Mac jdk = javax.crypto.Mac.getInstance("Hmac" + algorithm.name().replace("HMAC_SHA_", "SHA"));
    jdk.init(new SecretKeySpec(key.toByteArray(), "HMAC"));
    byte[] tag = mac.compute(message);

    assertThat(MacAlgorithm.of(spec)).isEqualTo(algorithm);
    assertThat(tag).isEqualTo(jdk.doFinal(message)).hasSize(algorithm.tagLength());
    assertThat(mac.verify(message, tag)).isTrue();
    byte[] flipped = tag.clone();
    flipped[tag.length - 1] ^= 1;
    assertThat(mac.verify(message, flipped)).isFalse();
    assertThat(mac.verify(message, Arrays.copyOf(tag, tag.length - 1))).isFalse();
    assertThat(mac.verify(message, new byte[0])).isFalse();
    assertThat(mac.verify(new byte[0], tag)).isFalse();
    assertThat(mac.toString()).doesNotContain(Arrays.toString(key.toByteArray()));
  }

  @Test
  void eachHmacSpec_takesExactlyItsOwnAlgorithm() {
    for (MacAlgorithm algorithm : MacAlgorithm.values()) {
      for (KeySpec spec : KeySpec.values()) {
        boolean expected = spec.family() == KeySpec.Family.HMAC && MacAlgorithm.of(spec) == algorithm;
        assertThat(algorithm.supports(spec)).as("%s %s", algorithm, spec).isEqualTo(expected);
      }
    }
    assertThat(MacAlgorithm.of(KeySpec.HMAC_224)).isEqualTo(MacAlgorithm.HMAC_SHA_224);
    assertThatThrownBy(() -> MacAlgorithm.of(KeySpec.RSA_2048)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HmacJce(MacAlgorithm.HMAC_SHA_256, SecretBytes.copyOf(new byte[0])))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
