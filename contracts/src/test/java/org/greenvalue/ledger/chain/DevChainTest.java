package org.greenvalue.ledger.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DevChainTest {

  @Test
  void startsOnALoopbackPortWithTheMnemonicsAccountsAndStopsCompletely() throws Exception {
    DevChain chain = DevChain.start();
    assertThat(chain.log()).isRegularFile();
    int port = chain.rpcUrl().getPort();
    assertThat(chain.rpcUrl().getHost()).isEqualTo("127.0.0.1");
    assertThat(chain.isRunning()).isTrue();
    assertThat(chain.accounts()).hasSize(10);
    assertThat(chain.accounts().getFirst().address())
        .isEqualToIgnoringCase("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    assertThat(chain.accounts().getFirst().toString())
        .doesNotContain(chain.accounts().getFirst().privateKey());

    chain.close();

    assertThat(chain.isRunning()).isFalse();
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
    assertThat(chain.log()).as("its log is removed").doesNotExist();
    chain.close();
  }

  @Test
  void reportsAnAnvilThatCannotStartWithItsOutput() throws IOException {
    Set<Path> logsBefore = anvilLogs();
    DevChainOptions broken =
        new DevChainOptions(
            Path.of("/bin/false"),
            DevChainOptions.DEV_MNEMONIC,
            1,
            1,
            false,
            true,
            Duration.ofSeconds(5));
    assertThatThrownBy(() -> DevChain.start(broken))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("anvil exited");
    assertThat(anvilLogs()).as("each attempt's log is removed").isSubsetOf(logsBefore);
  }

  private static Set<Path> anvilLogs() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .filter(f -> f.getFileName().toString().matches("anvil-\\d+\\.log"))
          .collect(Collectors.toSet());
    }
  }

  @Test
  void findsTheAnvilThatTheBuildInstalled() {
    assertThat(AnvilLocator.find()).isExecutable();
    assertThat(AnvilLocator.candidates()).isNotEmpty();
  }
}
