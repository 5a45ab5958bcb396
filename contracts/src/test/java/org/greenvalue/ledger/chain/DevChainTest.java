package org.greenvalue.ledger.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DevChainTest {

  @Test
  void startsOnALoopbackPortWithTheMnemonicsAccountsAndStopsCompletely() throws Exception {
    DevChain chain = DevChain.start();
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
    chain.close();
  }

  @Test
  void reportsAnAnvilThatCannotStartWithItsOutput() {
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
  }

  @Test
  void findsTheAnvilThatTheBuildInstalled() {
    assertThat(AnvilLocator.find()).isExecutable();
    assertThat(AnvilLocator.candidates()).isNotEmpty();
  }
}
