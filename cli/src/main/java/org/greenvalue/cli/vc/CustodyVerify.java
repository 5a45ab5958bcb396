package org.greenvalue.cli.vc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.greenvalue.cli.ExitCodes;
import org.greenvalue.common.verification.Check;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.verification.CredentialRequest;
import org.greenvalue.verification.Sources;
import org.greenvalue.verification.Verification;
import org.greenvalue.verification.VerificationEngine;
import org.greenvalue.verification.VerificationJson;
import org.greenvalue.verification.chain.BundleCustodySource;
import org.greenvalue.verification.trust.TrustListSnapshot;
import picocli.CommandLine;

/**
 * {@code gvr vc verify --custody-bundle}: the engine over offline sources (DIDs, the bundle, an
 * optional trust list). Exit 0 when nothing failed (checks left without a source are reported as
 * skipped and named in the gaps), 1 when a check failed, 2 for unreadable input.
 */
final class CustodyVerify {

  private CustodyVerify() {}

  static int run(
      CommandLine command,
      Path credential,
      Path bundle,
      Path trustList,
      String registryDid,
      Clock clock)
      throws IOException {
    var err = command.getErr();
    if (!Files.isReadable(bundle) || Files.isDirectory(bundle)) {
      err.println("cannot read " + bundle);
      return ExitCodes.USAGE;
    }
    var custody = BundleCustodySource.load(bundle);
    if (!custody.succeeded()) {
      err.println(custody.reason());
      return ExitCodes.USAGE;
    }
    var dids = new DidKeyResolver();
    Sources sources = Sources.offline(dids).withCustody(custody.value());
    if (trustList != null) {
      if (!Files.isReadable(trustList)) {
        err.println("cannot read " + trustList);
        return ExitCodes.USAGE;
      }
      var snapshot =
          TrustListSnapshot.load(
              Files.readString(trustList), new CredentialVerifier(dids, clock), Optional.empty());
      if (!snapshot.succeeded()) {
        err.println("trust list " + trustList + ": " + snapshot.reason());
        return ExitCodes.USAGE;
      }
      sources = sources.withTrust(snapshot.value()).withKeyHistory(snapshot.value());
    }
    if (registryDid != null) {
      sources = sources.withRegistryDid(registryDid);
    }
    Verification v =
        new VerificationEngine(sources, clock)
            .verify(CredentialRequest.of(Files.readString(credential)));
    var out = command.getOut();
    for (Check check : v.report().checks()) {
      out.printf("%-7s %s: %s%n", check.outcome(), check.name(), check.reason());
    }
    v.facts()
        .custody()
        .ifPresent(
            c ->
                c.tiers()
                    .forEach(
                        t ->
                            out.printf(
                                "tier %d  %s  %s  %s tCO2e  %s  %s%n",
                                t.tier(),
                                t.organisation(),
                                t.lotId(),
                                t.quantity().toPlainString(),
                                t.credentialDigest(),
                                t.verdict())));
    if (!v.gaps().isEmpty()) {
      out.println("gaps: " + String.join(", ", v.gaps()));
    }
    out.println(v.valid() ? "VALID (" + VerificationJson.verdict(v) + ")" : "INVALID");
    return v.valid() ? ExitCodes.OK : ExitCodes.INVALID;
  }
}
