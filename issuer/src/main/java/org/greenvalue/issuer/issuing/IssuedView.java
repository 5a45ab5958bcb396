package org.greenvalue.issuer.issuing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.issuer.status.TakenEntry;

/** How an issued credential is shown over the API. */
public final class IssuedView {
  private static final ObjectMapper JSON = new ObjectMapper();

  private IssuedView() {}

  /** The secured credential: the JSON credential with its proof, or the compact JWS string. */
  public static JsonNode securedCredential(IssuedCredential issued) {
    if (issued.format() == SecuringFormat.VC_JWT) {
      return JSON.getNodeFactory().textNode(issued.secured());
    }
    return tree(issued.secured());
  }

  /**
   * For VC-API: a Data Integrity credential as is, a vc+jwt as an {@code
   * EnvelopedVerifiableCredential} with a {@code data:} URL.
   */
  public static JsonNode verifiableCredential(IssuedCredential issued) {
    if (issued.format() != SecuringFormat.VC_JWT) {
      return tree(issued.secured());
    }
    ObjectNode enveloped = JSON.createObjectNode();
    enveloped.put("@context", "https://www.w3.org/ns/credentials/v2");
    enveloped.put("id", "data:application/vc+jwt," + issued.secured());
    enveloped.put("type", "EnvelopedVerifiableCredential");
    return enveloped;
  }

  public static ObjectNode summary(IssuedCredential issued, String anchoring) {
    ObjectNode view = JSON.createObjectNode();
    view.put("id", issued.id());
    view.put("organisation", issued.orgId());
    view.put("kind", issued.kind());
    view.put("format", issued.format().label());
    view.put("mediaType", issued.mediaType());
    view.put("digest", issued.digest());
    ArrayNode entries = view.putArray("credentialStatus");
    for (TakenEntry entry : issued.statusEntries()) {
      entries.add(tree(entry.json()));
    }
    if (issued.evidenceDigest() != null) {
      view.putObject("evidencePack")
          .put("manifestDigest", issued.evidenceDigest())
          .put("merkleRoot", issued.evidenceRoot());
    }
    view.put("anchoring", anchoring);
    view.put("issuedAt", issued.createdAt().toString());
    view.set("verifiableCredential", securedCredential(issued));
    return view;
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
