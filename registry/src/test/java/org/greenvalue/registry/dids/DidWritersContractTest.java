package org.greenvalue.registry.dids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greenvalue.registry.dids.DidDocuments.body;
import static org.greenvalue.registry.dids.DidDocuments.document;
import static org.greenvalue.registry.dids.DidDocuments.freshDid;

import java.util.List;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.greenvalue.service.problem.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;

/**
 * The registration path asks {@link DidWriters} before anything is written: when it refuses (as the
 * organisation-membership implementation will for a client of another organisation), the caller
 * gets its 403 problem and nothing changes.
 */
@Import(DidWritersContractTest.OnlyOwnDids.class)
class DidWritersContractTest extends RegistryIntegrationTest {

  /** Stands in for membership: the demo writer holds no DID ending in "-not-yours". */
  @TestConfiguration
  static class OnlyOwnDids {
    @Bean
    @Primary
    DidWriters onlyOwnDids() {
      return (clientId, did) -> {
        if (did.endsWith("-not-yours")) {
          throw new Problem(
              HttpStatus.FORBIDDEN,
              "not-a-member",
              "Forbidden",
              clientId + " is not a client of the organisation holding " + did);
        }
      };
    }
  }

  @Test
  void refusesAVersionForADidOfAnotherOrganisationAndChangesNothing() {
    Api api = api();
    String did = freshDid() + "-not-yours";
    long versions = count("did_document_versions");
    long outbox = count("anchor_outbox");
    long audit = audited();

    HttpResult r =
        api.post(
            "/dids/versions",
            api.writer(),
            body(did, document(did, List.of("k1")), DidHistoryTest.CREATED));

    assertThat(r.isProblem(403)).as(r.toString()).isTrue();
    assertThat(r.json().get("type").asText()).endsWith("/not-a-member");
    assertThat(count("did_document_versions")).isEqualTo(versions);
    assertThat(count("anchor_outbox")).isEqualTo(outbox);
    assertThat(audited()).isEqualTo(audit);
  }

  @Test
  void acceptsAVersionForItsOwnDid() {
    Api api = api();
    String did = freshDid();
    HttpResult r =
        api.post(
            "/dids/versions",
            api.writer(),
            body(did, document(did, List.of("k1")), DidHistoryTest.CREATED));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
  }

  private long audited() {
    return jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'did.version'")
        .query(Long.class)
        .single();
  }
}
