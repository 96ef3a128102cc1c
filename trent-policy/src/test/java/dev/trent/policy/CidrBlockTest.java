package dev.trent.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CidrBlockTest {
  @ParameterizedTest(name = "{0} contains {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "10.0.0.0/8|10.255.255.255|true", "10.0.0.0/8|11.0.0.0|false", "192.0.2.1|192.0.2.1|true",
      "192.0.2.1/32|192.0.2.2|false", "192.0.2.128/25|192.0.2.127|false", "192.0.2.128/25|192.0.2.128|true",
      "0.0.0.0/0|255.255.255.255|true", "10.1.64.0/19|10.1.95.1|true", "10.1.64.0/19|10.1.96.1|false",
      "2001:db8::/32|2001:db8:ffff:ffff::1|true", "2001:db8::/32|2001:db9::|false", "::/0|::1|true",
      "::1|::1|true", "::1|::2|false", "fe80::/10|febf::1|true", "fe80::/10|fec0::1|false",
      "2001:db8::/32|10.0.0.1|false", "10.0.0.0/8|2001:db8::1|false", "10.0.0.0/8|::ffff:10.1.2.3|true",
      "::ffff:10.0.0.0/104|10.9.9.9|true", "2001:db8:0:0:0:0:0:1|2001:db8::1|true", "2001:DB8::1|2001:db8::1|true",
      "1:2:3:4:5:6:7:8|1:2:3:4:5:6:7:8|true", "1::8|1:0:0:0:0:0:0:8|true", "1:2:3:4:5:6:1.2.3.4|1:2:3:4:5:6:102:304|true",
      "10.0.0.0/8|10.0.0|false", "10.0.0.0/8|10.0.0.0.0|false", "10.0.0.0/8|10.0.0.256|false", "10.0.0.0/8|''|false",
      "10.0.0.0/8|localhost|false", "::/0|1:::2|false", "::/0|1::2::3|false", "::/0|12345::|false", "::/0|1:2:3:4:5:6:7:8:9|false",
      "::/0|1:2|false", "::/0|fe80::1%eth0|false", "::/0|1:|false", "::/0|:1|false"})
  void block_containsExactlyItsAddresses(String block, String address, boolean contains) {
    CidrBlock cidr = CidrBlock.parse(block);
    assertThat(cidr).isNotNull();
    assertThat(cidr.contains(address)).isEqualTo(contains);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/-1", "10.0.0.0/8/8", "300.0.0.0/8", "a.b.c.d",
      "", "/8", "10.0.0.0/x", "10.0.0.0/0008"})
  void invalidBlocks_parseToNull(String block) {
    assertThat(CidrBlock.parse(block)).isNull();
  }
}
