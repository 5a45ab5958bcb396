package org.greenvalue.registry.dids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.registry.dids.DidDocuments.body;
import static org.greenvalue.registry.dids.DidDocuments.document;
import static org.greenvalue.registry.dids.DidDocuments.freshDid;

import java.util.List;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * A DID's document versions are registered only by clients of the organisation the trust authority
 * registered with the DID: a client of another organisation, or anyone for an unregistered DID,
 * gets a 403 problem and nothing changes (no version, no anchor submission, no audit entry).
 */
class DidWritersTest extends RegistryIntegrationTest {

  @Test
  void refusesAVersionForADidOfAnotherOrganisationAndChangesNothing() {
    Api api = api();
    String did = freshDid();
    api.organisation(List.of(did), "steelco");

    refusedWithNothingChanged(api, did, "not-a-member");
  }

  @Test
  void refusesAVersionForADidNoOrganisationHoldsAndChangesNothing() {
    Api api = api();
    refusedWithNothingChanged(api, freshDid(), "did-not-registered");
  }

  @Test
  void acceptsAVersionFromAClientOfTheOrganisationHoldingTheDid() {
    Api api = api();
    String did = freshDid();
    api.organisation(List.of(did), "writer");
    HttpResult r =
        api.post(
            "/dids/versions",
            api.writer(),
            body(did, document(did, List.of("k1")), DidHistoryTest.CREATED));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
  }

  private void refusedWithNothingChanged(Api api, String did, String slug) {
    long versions = count("did_document_versions");
    long outbox = count("anchor_outbox");
    long audit = audited();

    HttpResult r =
        api.post(
            "/dids/versions",
            api.writer(),
            body(did, document(did, List.of("k1")), DidHistoryTest.CREATED));

    assertThat(r.isProblem(403)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/" + slug);
    assertThat(count("did_document_versions")).isEqualTo(versions);
    assertThat(count("anchor_outbox")).isEqualTo(outbox);
    assertThat(audited()).isEqualTo(audit);
  }

  private long audited() {
    return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'did.version'")
        .query(Long.class)
        .single();
  }
}
