package org.greenvalue.cli.vc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import org.greenvalue.cli.ExitCodes;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.securing.CredentialVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gvr vc verify}: verifies a vc+jwt or a Data Integrity credential offline, resolving
 * did:key issuers, and prints every check. With {@code --custody-bundle}, a ΔCO2 credential that
 * inherits value ({@code upstream}) is verified by the full engine with its custody chains read
 * from the bundle ({@code chain.custody}), still offline. Exit 0 valid, 1 invalid, 2 unreadable.
 */
@Command(
    name = "verify",
    description = "Verify a secured credential offline and print every check.",
    mixinStandardHelpOptions = true)
final class VcVerifyCommand implements Callable<Integer> {

  /** Secured credentials larger than this are refused unread. */
  static final long MAX_BYTES = 4L * 1024 * 1024;

  @Spec CommandSpec spec;

  @Option(names = "--at", description = "Verify as of this instant (default: now).")
  Instant at;

  @Parameters(index = "0", description = "The secured credential: a vc+jwt or JSON with proof.")
  Path credential;

  @Option(
      names = "--custody-bundle",
      description =
          "Offline custody chains: {\"allocations\": {\"<uuid>\": <GET /allocations/{id}/chain"
              + " JSON>}}; verifies the upstream references with the full engine.")
  Path custodyBundle;

  @Option(
      names = "--trust-list",
      description =
          "With --custody-bundle: a TrustListCredential (organisations of DIDs, accreditations;"
              + " its issuer signs transfer records unless --registry-did is given).")
  Path trustList;

  @Option(
      names = "--registry-did",
      description = "With --custody-bundle: the registry DID that signs transfer records.")
  String registryDid;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    if (!Files.isReadable(credential) || Files.isDirectory(credential)) {
      err.println("cannot read " + credential);
      return ExitCodes.USAGE;
    }
    if (Files.size(credential) > MAX_BYTES) {
      err.println(credential + " is larger than " + MAX_BYTES + " bytes");
      return ExitCodes.USAGE;
    }
    Clock clock = at == null ? Clock.systemUTC() : Clock.fixed(at, ZoneOffset.UTC);
    if (custodyBundle != null) {
      return CustodyVerify.run(
          spec.commandLine(), credential, custodyBundle, trustList, registryDid, clock);
    }
    var report =
        new CredentialVerifier(new DidKeyResolver(), clock).verify(Files.readString(credential));
    var out = spec.commandLine().getOut();
    for (Check check : report.checks()) {
      out.printf("%-7s %s: %s%n", check.outcome(), check.name(), check.reason());
    }
    out.println(report.valid() ? "VALID" : "INVALID");
    return report.valid() ? ExitCodes.OK : ExitCodes.INVALID;
  }
}
