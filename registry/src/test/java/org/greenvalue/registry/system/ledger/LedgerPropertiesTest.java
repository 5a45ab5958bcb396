package org.greenvalue.registry.system.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerPropertiesTest {
  private static final String KEY =
      "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
  private static final LedgerProperties.Contracts NONE =
      new LedgerProperties.Contracts(null, null, null);

  @TempDir Path dir;

  private static LedgerProperties with(String key, Path file) {
    return new LedgerProperties(
        LedgerProperties.Mode.EXTERNAL,
        null,
        key,
        file,
        NONE,
        null,
        Duration.ofSeconds(1),
        Duration.ofSeconds(5));
  }

  @Test
  void theKeyFileIsReadTrimmedWhenNoKeyIsGivenAndNeverPrinted() throws IOException {
    Path file = Files.writeString(dir.resolve("key"), KEY + "\n");

    LedgerProperties properties = with(null, file);

    assertThat(properties.signingKey()).isEqualTo(KEY);
    assertThat(properties.toString()).doesNotContain(KEY.substring(2)).contains("***");
  }

  @Test
  void anExplicitKeyWinsOverTheFile() {
    assertThat(with("0xabc", dir.resolve("absent")).signingKey()).isEqualTo("0xabc");
    assertThat(with(null, null).signingKey()).isNull();
  }

  @Test
  void anUnreadableKeyFileStopsTheStartWithItsName() {
    Path absent = dir.resolve("absent");
    assertThatThrownBy(() -> with(null, absent).signingKey())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("private-key-file")
        .hasMessageContaining(absent.toString());
  }
}
