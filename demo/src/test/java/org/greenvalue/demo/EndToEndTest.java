package org.greenvalue.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.greenvalue.demo.stack.Stack;
import org.greenvalue.demo.stack.StackOptions;
import org.greenvalue.demo.story.Endpoints;
import org.greenvalue.demo.story.Story;
import org.greenvalue.demo.story.StoryResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, as a test: the three services from their executable jars on a dev
 * chain, and the whole story over their APIs.
 */
@Tag("integration")
class EndToEndTest {
  @TempDir Path dataDir;

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void theStoryRunsOverTwoTiersFromAccreditationToRefusedDoubleCountsAndCatchesTampering()
      throws IOException {
    Path root = Path.of(System.getProperty("gvr.root", "..")).toAbsolutePath().normalize();
    List<String> progress = new ArrayList<>();
    StackOptions options = new StackOptions(dataDir, root, freePort(), freePort(), freePort());
    try (Stack stack = Stack.start(options, progress::add)) {
      Endpoints endpoints =
          new Endpoints(
              stack.service("registry").baseUrl(),
              stack.service("issuer").baseUrl(),
              stack.service("verifier").baseUrl());

      StoryResult result = new Story(endpoints, progress::add).run();

      // tier 1: the steel buyer gets VERIFIED over PACT, with nothing failed or left unchecked
      assertThat(result.buyer().verdicts()).isNotEmpty().containsOnly("VERIFIED");
      assertThat(result.buyer().failures()).isEmpty();
      assertThat(result.buyer().gaps()).isEmpty();
      // did:web organisations: the key at issuance is decided from the registry's DID history
      assertThat(result.disclosed().verified()).isTrue();
      assertThat(result.disclosed().withheld())
          .containsExactly("comment", "pcf/dqi", "pcf/primaryDataShare");
      assertThat(result.disclosed().alteredVerified()).isFalse();
      assertThat(result.supplierDid()).startsWith("did:web:");
      assertThat(result.automakerDid()).startsWith("did:web:");
      assertThat(result.eligible()).isTrue();
      assertThat(result.anchorTx()).startsWith("0x");
      assertThat(result.minted()).isEqualTo("420.275");
      assertThat(result.secondRetirementStatus()).isEqualTo(409);
      // tier 2: the automaker's chained claim verifies with both tiers of the chain shown
      StoryResult.Downstream tier2 = result.downstream();
      assertThat(tier2.fleetBuyer().verdicts()).isNotEmpty().containsOnly("VERIFIED");
      assertThat(tier2.fleetBuyer().failures()).isEmpty();
      assertThat(tier2.fleetBuyer().gaps()).isEmpty();
      assertThat(tier2.fleetBuyer().chain())
          .hasSizeGreaterThanOrEqualTo(2)
          .anyMatch(line -> line.contains("kanto-steel"))
          .anyMatch(line -> line.contains("chubu-motors"));
      assertThat(tier2.eligible()).isTrue();
      assertThat(tier2.certificateId()).isNotBlank();
      // the steel value counted again, on either tier: each refused as a conflict
      assertThat(tier2.doubleCountStatuses()).hasSize(3).containsOnly(409);
      assertThat(result.tamperedVerdict()).isEqualTo("NOT_VERIFIED");
      assertThat(result.tamperedFailures()).isNotEmpty();
      assertThat(progress).anyMatch(line -> line.startsWith("[18/18]"));
    } finally {
      progress.forEach(System.out::println);
    }
  }
}
