package org.greenvalue.credentials.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Encoding properties over seeded random lists (the same cases on every run). */
class BitstringStatusListProperties {
  private static final int LAST = BitstringStatusList.MIN_ENTRIES - 1;

  @ParameterizedTest
  @MethodSource("indexSets")
  void encodeThenDecodePreservesAnySetOfIndexes(Set<Integer> revoked) {
    var list = BitstringStatusList.create();
    revoked.forEach(i -> list.set(i, 1));
    var decoded = BitstringStatusList.decode(list.encode(), 1).value();
    for (int i = 0; i < decoded.size(); i++) {
      assertThat(decoded.isSet(i)).isEqualTo(revoked.contains(i));
    }
  }

  @ParameterizedTest
  @MethodSource("multiBitEntries")
  void multiBitStatusesSurviveEncoding(int index, int status) {
    var list = BitstringStatusList.create(BitstringStatusList.MIN_ENTRIES, 4);
    list.set(index, status);
    assertThat(BitstringStatusList.decode(list.encode(), 4).value().get(index)).isEqualTo(status);
  }

  static Stream<Set<Integer>> indexSets() {
    Random random = new Random(17);
    Stream<Set<Integer>> edges = Stream.of(Set.of(), Set.of(0), Set.of(LAST), Set.of(0, 7, 8));
    Stream<Set<Integer>> drawn =
        IntStream.range(0, 50)
            .mapToObj(
                i -> {
                  Set<Integer> set = new HashSet<>();
                  int size = random.nextInt(201);
                  while (set.size() < size) {
                    set.add(random.nextInt(LAST + 1));
                  }
                  return set;
                });
    return Stream.concat(edges, drawn);
  }

  static Stream<Arguments> multiBitEntries() {
    Random random = new Random(19);
    return Stream.concat(
        Stream.of(Arguments.of(0, 15), Arguments.of(LAST, 1)),
        IntStream.range(0, 30)
            .mapToObj(i -> Arguments.of(random.nextInt(LAST + 1), random.nextInt(16))));
  }
}
