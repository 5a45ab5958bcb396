package org.greenvalue.evidence.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathCollisionsTest {
  @Test
  void distinctPathsDoNotCollide() {
    assertThat(PathCollisions.find(List.of("a/b", "a/c", "b"))).isEmpty();
  }

  @Test
  void findsExactAndCaseDuplicates() {
    assertThat(PathCollisions.find(List.of("a.txt", "a.txt")))
        .containsExactly("duplicate entry 'a.txt'");
    assertThat(PathCollisions.find(List.of("Report.pdf", "report.PDF")))
        .singleElement()
        .asString()
        .contains("differ only in case");
  }

  @Test
  void findsAFileThatIsAlsoADirectory() {
    assertThat(PathCollisions.find(List.of("data", "data/x.csv")))
        .containsExactly("file 'data' is also used as a directory");
  }
}
