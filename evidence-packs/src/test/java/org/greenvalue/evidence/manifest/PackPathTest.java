package org.greenvalue.evidence.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import org.greenvalue.common.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PackPathTest {
  @ParameterizedTest
  @ValueSource(strings = {"a.txt", "meter/2024/q1.csv", "données/é.pdf", "a b/c-d_e.f", ".hidden"})
  void acceptsRelativeForwardSlashPaths(String path) {
    assertThat(PackPath.parse(path).succeeded()).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "../evil.txt|traversal",
        "a/../../evil|traversal",
        "a/./b|traversal",
        "/etc/passwd|absolute",
        "a\\b.txt|backslash",
        "..\\evil|backslash",
        "C:/windows/x|colon",
        "c:evil|colon",
        "a//b|empty segment",
        "dir/|empty segment",
        "manifest.json|reserved",
        "disclosure.json|reserved"
      })
  void refusesUnsafePathsNamingTheProblem(String path, String problem) {
    assertThat(PackPath.parse(path))
        .isInstanceOfSatisfying(
            Result.Failure.class, err -> assertThat(err.reason()).contains(problem));
  }

  @Test
  void refusesEmptyControlDecomposedAndOverlongPaths() {
    assertThat(PackPath.parse("").succeeded()).isFalse();
    assertThat(PackPath.parse("a\u0000b").succeeded()).isFalse();
    assertThat(PackPath.parse("e\u0301.txt").succeeded()).isFalse();
    assertThat(PackPath.parse("é".repeat(257)).succeeded()).isFalse();
    assertThat(PackPath.parse("é".repeat(256)).succeeded()).isTrue();
  }

  @Test
  void ordersByUtf8BytesNotUtf16Units() {
    PackPath supplementary = new PackPath("\uD83D\uDE00.txt");
    PackPath privateUse = new PackPath("\uFF21.txt");
    assertThat(supplementary.value().compareTo(privateUse.value())).isNegative();
    assertThat(supplementary.compareTo(privateUse)).isPositive();
  }

  @Test
  void nestedReservedNamesAreOrdinaryFiles() {
    assertThat(PackPath.parse("copies/manifest.json").succeeded()).isTrue();
  }
}
