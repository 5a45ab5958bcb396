package org.greenvalue.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.verification.Issued.*;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.greenvalue.common.verification.Check;
import org.greenvalue.common.verification.Check.Outcome;
import org.greenvalue.credentials.did.DidKeyResolver;
import org.greenvalue.credentials.securing.CredentialVerifier;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.assurance.AssuranceLevel;
import org.greenvalue.credentials.subject.assurance.AssuranceOpinion;
import org.greenvalue.credentials.subject.assurance.AssuranceStatement;
import org.greenvalue.evidence.build.SealedPack;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryClientConfig;
import org.greenvalue.verification.trust.RegistryTrustSource;
import org.greenvalue.verification.trust.TrustListSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An assurance is independent of the claim: its provider is not the claim's issuer, nor (when the
 * trust source knows organisations) controlled by the same organisation.
 */
class AssuranceIndependenceTest {

  @TempDir static Path dir;
  static SealedPack pack;

  @BeforeAll
  static void setUp() throws Exception {
    pack = pack(dir.resolve("pack.zip"));
  }

  private static Check independence(Verification v) {
    return v.report()
        .check("assurance.independent")
        .orElseThrow(() -> new AssertionError("no assurance.independent in " + v.report()));
  }

  /** The claim's statement re-signed by {@code key}. */
  private static String assuranceSignedBy(
      String claim, org.greenvalue.credentials.keys.SigningKey key) {
    String byAssurer =
        assurance(claim, pack, AssuranceLevel.REASONABLE, AssuranceOpinion.UNMODIFIED);
    var statement =
        AssuranceStatement.parse(
                CredentialJson.payload(byAssurer).orElseThrow().getJsonObject("credentialSubject"))
            .value();
    return sign(statement, key, SecuringFormat.EDDSA_RDFC_2022);
  }

  private static VerificationEngine withSnapshot() {
    var dids = new DidKeyResolver();
    var snapshot =
        TrustListSnapshot.load(
                trustList(REGISTRY),
                new CredentialVerifier(dids, CLOCK),
                Optional.of(did(REGISTRY)))
            .orElseThrow();
    return new VerificationEngine(Sources.offline(dids).withTrust(snapshot), CLOCK);
  }

  @Test
  void anAssuranceSignedByTheClaimsOwnIssuerIsNotIndependent() {
    String claim = reduction(pack, SecuringFormat.VC_JWT);

    Verification v =
        withSnapshot()
            .verify(CredentialRequest.of(claim).withAssurance(assuranceSignedBy(claim, SUPPLIER)));

    assertThat(independence(v).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(independence(v).reason()).contains(did(SUPPLIER)).contains("own issuer");
    assertThat(v.valid()).isFalse();
  }

  @Test
  void anAssuranceByAnotherProviderIsIndependentOnTheDidsAloneWhenOrganisationsAreUnknown() {
    String claim = reduction(pack, SecuringFormat.VC_JWT);

    Verification v =
        withSnapshot()
            .verify(
                CredentialRequest.of(claim)
                    .withAssurance(
                        assurance(
                            claim, pack, AssuranceLevel.REASONABLE, AssuranceOpinion.UNMODIFIED)));

    assertThat(independence(v).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(independence(v).reason()).contains("only the DIDs were compared");
    assertThat(v.report().check("assurance.provider").orElseThrow().outcome())
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void anAssuranceByAnotherDidOfTheClaimantsOrganisationIsNotIndependent() throws Exception {
    String claim = reduction(pack, SecuringFormat.VC_JWT);
    String assured = assurance(claim, pack, AssuranceLevel.REASONABLE, AssuranceOpinion.UNMODIFIED);
    try (var registry = registryAnsweringOrganisations()) {
      registry.answer(
          organisationPath(did(SUPPLIER)), 200, "application/json", organisation("acme", SUPPLIER));
      registry.answer(
          organisationPath(did(ASSURER)), 200, "application/json", organisation("acme", ASSURER));

      Verification v = online(registry).verify(CredentialRequest.of(claim).withAssurance(assured));

      assertThat(independence(v).outcome()).isEqualTo(Outcome.FAILED);
      assertThat(independence(v).reason())
          .contains("organisation acme")
          .contains(did(ASSURER))
          .contains(did(SUPPLIER));
      assertThat(v.valid()).isFalse();
      assertThat(registry.hits(organisationPath(did(ASSURER)))).isPositive();
      assertThat(registry.lastAuthorization.get(organisationPath(did(ASSURER))))
          .isEqualTo("Bearer t-1");
    }
  }

  @Test
  void anAssuranceByAnotherOrganisationIsIndependent() throws Exception {
    String claim = reduction(pack, SecuringFormat.VC_JWT);
    String assured = assurance(claim, pack, AssuranceLevel.REASONABLE, AssuranceOpinion.UNMODIFIED);
    try (var registry = registryAnsweringOrganisations()) {
      registry.answer(
          organisationPath(did(SUPPLIER)), 200, "application/json", organisation("acme", SUPPLIER));
      registry.answer(
          organisationPath(did(ASSURER)),
          200,
          "application/json",
          organisation("tokyo-assurance", ASSURER));

      Verification v = online(registry).verify(CredentialRequest.of(claim).withAssurance(assured));

      assertThat(independence(v).outcome()).isEqualTo(Outcome.PASSED);
      assertThat(independence(v).reason()).contains("tokyo-assurance").contains("acme");
    }
  }

  @Test
  void anOrganisationTheRegistryDoesNotKnowLeavesOnlyTheDidComparison() throws Exception {
    String claim = reduction(pack, SecuringFormat.VC_JWT);
    String assured = assurance(claim, pack, AssuranceLevel.REASONABLE, AssuranceOpinion.UNMODIFIED);
    try (var registry = registryAnsweringOrganisations()) {
      registry.answer(
          organisationPath(did(SUPPLIER)), 200, "application/json", organisation("acme", SUPPLIER));
      // The assurer's DID: 404 problem (the server's default answer).

      Verification v = online(registry).verify(CredentialRequest.of(claim).withAssurance(assured));

      assertThat(independence(v).outcome()).isEqualTo(Outcome.PASSED);
      assertThat(independence(v).reason()).contains("only the DIDs were compared");
      assertThat(registry.hits(organisationPath(did(ASSURER)))).isPositive();
    }
  }

  private static TestServer registryAnsweringOrganisations() throws java.io.IOException {
    var server = new TestServer();
    server.answer(
        "/oauth2/token",
        200,
        "application/json",
        "{\"access_token\":\"t-1\",\"token_type\":\"Bearer\",\"expires_in\":300}");
    return server;
  }

  private static VerificationEngine online(TestServer server) {
    var client =
        new RegistryClient(
            RegistryClientConfig.reader(URI.create(server.base()), "reader", "reader-secret"),
            CLOCK);
    return new VerificationEngine(
        Sources.offline(new DidKeyResolver()).withTrust(new RegistryTrustSource(client)), CLOCK);
  }

  private static String organisationPath(String did) {
    return "/organisations?did=" + RegistryClient.encode(did);
  }

  private static String organisation(String id, org.greenvalue.credentials.keys.SigningKey key) {
    return """
        {"id":"%s","name":"%s","dids":["%s"],"clients":["%s-client"]}"""
        .formatted(id, id, did(key), id);
  }

  @Test
  void aTrustListCarryingOrganisationsTellsThatTheProviderIsTheClaimantsOwn() {
    var dids = new DidKeyResolver();
    var sameOrganisation =
        org.greenvalue.credentials.json.JsonDocuments.JSON
            .createArrayBuilder()
            .add(
                org.greenvalue.credentials.json.JsonDocuments.JSON
                    .createObjectBuilder()
                    .add("id", "acme")
                    .add(
                        "dids",
                        org.greenvalue.credentials.json.JsonDocuments.JSON
                            .createArrayBuilder()
                            .add(did(SUPPLIER))
                            .add(did(ASSURER))))
            .build();
    var snapshot =
        TrustListSnapshot.load(
                trustList(REGISTRY, Optional.empty(), Optional.of(sameOrganisation)),
                new CredentialVerifier(dids, CLOCK),
                Optional.of(did(REGISTRY)))
            .orElseThrow();
    String claim = reduction(pack, SecuringFormat.VC_JWT);

    Verification v =
        new VerificationEngine(Sources.offline(dids).withTrust(snapshot), CLOCK)
            .verify(
                CredentialRequest.of(claim)
                    .withAssurance(
                        assurance(
                            claim, pack, AssuranceLevel.REASONABLE, AssuranceOpinion.UNMODIFIED)));

    assertThat(snapshot.organisationOf(did(ASSURER))).contains("acme");
    assertThat(snapshot.organisationOf(did(STRANGER))).isEmpty();
    assertThat(independence(v).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(independence(v).reason()).contains("organisation acme");
  }
}
