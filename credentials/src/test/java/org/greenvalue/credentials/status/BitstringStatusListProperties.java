package org.greenvalue.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class BitstringStatusListProperties {

  @Property(tries = 50)
  void encodeThenDecodePreservesAnySetOfIndexes(
      @ForAll @Size(max = 200) Set<@IntRange(min = 0, max = 131_071) Integer> revoked) {
    var list = BitstringStatusList.create();
    revoked.forEach(i -> list.set(i, 1));
    var decoded = BitstringStatusList.decode(list.encode(), 1).value();
    for (int i = 0; i < decoded.size(); i++) {
      assertThat(decoded.isSet(i)).isEqualTo(revoked.contains(i));
    }
  }

  @Property(tries = 30)
  void multiBitStatusesSurviveEncoding(
      @ForAll @IntRange(min = 0, max = 131_071) int index,
      @ForAll @IntRange(min = 0, max = 15) int status) {
    var list = BitstringStatusList.create(BitstringStatusList.MIN_ENTRIES, 4);
    list.set(index, status);
    assertThat(BitstringStatusList.decode(list.encode(), 4).value().get(index)).isEqualTo(status);
  }
}
