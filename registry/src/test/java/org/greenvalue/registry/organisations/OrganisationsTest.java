package org.greenvalue.registry.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.greenvalue.registry.support.Api;
import org.greenvalue.registry.support.HttpResult;
import org.greenvalue.registry.support.RegistryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The trust authority registers organisations; anyone with registry.read looks them up. */
class OrganisationsTest extends RegistryIntegrationTest {

  private static String fresh() {
    return "org-" + UUID.randomUUID();
  }

  private static String did() {
    return "did:web:" + UUID.randomUUID() + ".example";
  }

  private Map<String, Long> tables() {
    return Map.of(
        "organisations", count("organisations"),
        "organisation_dids", count("organisation_dids"),
        "organisation_clients", count("organisation_clients"),
        "audit_log", count("audit_log"),
        "idempotency_keys", count("idempotency_keys"));
  }

  private void refused(int status, String type, Supplier<HttpResult> request) {
    Map<String, Long> before = tables();
    HttpResult r = request.get();
    assertThat(r.isProblem(status)).as(r.toString()).isTrue();
    if (type != null) {
      assertThat(r.json().get("type").asText()).endsWith("/" + type);
    }
    assertThat(tables()).isEqualTo(before);
  }

  @Test
  void theAuthorityRegistersAnOrganisationThatIsFoundByIdAndByDid() {
    Api api = api();
    String id = fresh();
    String did = did();

    HttpResult r = api.registerOrganisation(id, List.of(did), List.of("writer", "steelco"));

    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.header("Location")).endsWith("/organisations/" + id);
    assertThat(r.json().get("dids").get(0).asText()).isEqualTo(did);
    JsonNode byId = api.get("/organisations/" + id, api.reader()).json();
    assertThat(byId.get("name").asText()).isEqualTo("Organisation " + id);
    assertThat(byId.get("clients").toString()).isEqualTo("[\"steelco\",\"writer\"]");
    HttpResult byDid = api.get("/organisations?did=" + did, api.reader());
    assertThat(byDid.status()).isEqualTo(200);
    assertThat(byDid.json().get("id").asText()).isEqualTo(id);
    HttpResult audit = api.get("/audit?action=organisation.register&subject=" + id, api.reader());
    assertThat(audit.json().get("total").asLong()).isEqualTo(1);
    assertThat(audit.json().at("/items/0/clientId").asText()).isEqualTo("authority");
  }

  @Test
  void unknownOrganisationsAndDidsAreNotFound() {
    Api api = api();
    assertThat(api.get("/organisations/" + fresh(), api.reader()).isProblem(404)).isTrue();
    HttpResult byDid = api.get("/organisations?did=" + did(), api.reader());
    assertThat(byDid.isProblem(404)).as(byDid.toString()).isTrue();
    assertThat(byDid.json().get("type").asText()).endsWith("/unknown-organisation");
    assertThat(api.get("/organisations?did=nobody", api.reader()).isProblem(400)).isTrue();
    assertThat(api.get("/organisations/" + fresh(), null).status()).isEqualTo(401);
  }

  @Test
  void refusesADidThatBelongsToAnotherOrganisation() {
    Api api = api();
    String did = did();
    String first = api.organisation(List.of(did), "writer");

    refused(
        409,
        "did-of-another-organisation",
        () -> api.registerOrganisation(fresh(), List.of(did(), did), List.of("financier")));
    String second = api.organisation(List.of(did()), "financier");
    refused(
        409,
        "did-of-another-organisation",
        () ->
            api.put(
                "/organisations/" + second,
                api.authority(),
                Api.organisationJson(second, List.of(did), List.of("financier"))));
    assertThat(api.get("/organisations?did=" + did, api.reader()).json().get("id").asText())
        .isEqualTo(first);
  }

  @Test
  void refusesATakenIdAndABadBody() {
    Api api = api();
    String id = api.organisation(List.of(), "writer");
    refused(
        409,
        "organisation-exists",
        () -> api.registerOrganisation(id, List.of(did()), List.of("financier")));
    refused(
        400, "validation", () -> api.registerOrganisation("Not A Slug", List.of(), List.of("w")));
    refused(
        400,
        "validation",
        () -> api.registerOrganisation(fresh(), List.of("nobody"), List.of("w")));
    refused(400, "validation", () -> api.registerOrganisation(fresh(), List.of(), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"writer", "reader", "financier"})
  void onlyTheTrustAuthorityRegistersOrChangesOrganisations(String client) {
    Api api = api();
    String scopes = client.equals("reader") ? "registry.read" : "registry.write registry.read";
    String token = api.token(client, client + "-secret", scopes);
    String id = api.organisation(List.of(did()), "writer");
    String body = Api.organisationJson(fresh(), List.of(did()), List.of(client));
    refused(403, null, () -> api.post("/organisations", token, body));
    refused(
        403,
        null,
        () ->
            api.put(
                "/organisations/" + id,
                token,
                Api.organisationJson(id, List.of(did()), List.of(client))));
    assertThat(api.get("/organisations/" + id, api.reader()).json().get("clients").toString())
        .isEqualTo("[\"writer\"]");
  }

  @Test
  void aPutStatesTheOrganisationAgainAndIsIdempotent() {
    Api api = api();
    String did = did();
    String added = did();
    String id = api.organisation(List.of(did), "writer");
    String body = Api.organisationJson(id, List.of(did, added), List.of("writer", "steelco"));

    HttpResult put = api.write("PUT", "/organisations/" + id, api.authority(), "k-" + id, body);
    long audits = count("audit_log");
    HttpResult again = api.write("PUT", "/organisations/" + id, api.authority(), "k-" + id, body);
    HttpResult restated = api.put("/organisations/" + id, api.authority(), body);

    assertThat(put.status()).as(put.toString()).isEqualTo(200);
    assertThat(put.json().get("dids")).hasSize(2);
    assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
    assertThat(restated.status()).isEqualTo(200);
    assertThat(count("audit_log")).isEqualTo(audits);
    assertThat(api.get("/organisations?did=" + added, api.reader()).json().get("id").asText())
        .isEqualTo(id);
    refused(422, "id-mismatch", () -> api.put("/organisations/" + fresh(), api.authority(), body));
    refused(
        404,
        "unknown-organisation",
        () -> {
          String other = fresh();
          return api.put(
              "/organisations/" + other,
              api.authority(),
              Api.organisationJson(other, List.of(), List.of("writer")));
        });
  }
}
