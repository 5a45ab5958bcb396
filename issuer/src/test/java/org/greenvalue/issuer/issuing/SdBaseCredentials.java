package org.greenvalue.issuer.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.greenvalue.issuer.support.Fixtures;
import org.greenvalue.issuer.support.Http;
import org.greenvalue.registry.client.support.RegistryProcess;

/** A did:key organisation with a P-256 key, and credentials issued for it over VC-API. */
final class SdBaseCredentials {
  private SdBaseCredentials() {}

  /** Creates the organisation {@code org} (the supplier client its member) and returns its DID. */
  static String organisation(Http http, String org) {
    String body =
        "{\"id\":\"%s\",\"name\":\"Org\",\"didMethod\":\"key\",\"clients\":[\"supplier\"],\"keyTypes\":[\"P256\"]}"
            .formatted(org);
    Http.Reply r = http.post("/organisations", http.admin(), body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    String did = r.json().get("did").asText();
    RegistryProcess.get().admin().ensureOrganisation(org, List.of(did), "writer");
    return did;
  }

  /** A VC-API issue request for a small credential of {@code did} with these options. */
  static Http.Reply issue(Http http, String did, String options) {
    ObjectNode credential = Fixtures.JSON.createObjectNode();
    credential.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
    credential.putArray("type").add("VerifiableCredential");
    credential.put("issuer", did);
    credential.put("name", "Confidential supply terms");
    credential.putObject("credentialSubject").put("id", "did:example:buyer");
    return http.post(
        "/credentials/issue",
        http.supplier(),
        "{\"credential\":" + credential + ",\"options\":" + options + "}");
  }
}
