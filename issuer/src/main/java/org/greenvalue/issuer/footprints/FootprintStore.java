package org.greenvalue.issuer.footprints;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.subject.footprint.CredentialExtension;
import org.greenvalue.credentials.subject.footprint.ProductFootprint;
import org.greenvalue.issuer.issuing.IssuedCredential;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Footprints as the PACT API serves them: the ProductFootprint as the supplier gave it, plus one
 * data model extension carrying its verifiable credential, stored ready to send.
 */
@Repository
public class FootprintStore {
  /** The data schema URI naming our extension. */
  private final JdbcClient jdbc;

  FootprintStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether a footprint of this id exists, in any letter case (as GetFootprint finds it). */
  boolean exists(String id) {
    return jdbc.sql("SELECT count(*) FROM footprints WHERE lower(id) = lower(?)")
            .param(id)
            .query(Integer.class)
            .single()
        > 0;
  }

  /**
   * Inside the issuing transaction. Raises the footprints version in the same transaction, so a
   * cached PACT page rendered before this footprint is no longer current once it commits.
   */
  void insert(ProductFootprint footprint, IssuedCredential issued) {
    JsonObject document = footprint.document();
    JsonObject pcf = document.getJsonObject("pcf");
    List<String> geographies = new ArrayList<>();
    for (String member :
        List.of("geographyCountry", "geographyRegionOrSubregion", "geographyCountrySubdivision")) {
      if (pcf.get(member) instanceof JsonString s) {
        geographies.add(s.getString());
      }
    }
    jdbc.sql(
            """
            INSERT INTO footprints (id, credential_id, org_id, status, product_ids, company_ids,
              geographies, classifications, period_start, period_end, document, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            footprint.id(),
            issued.id(),
            issued.orgId(),
            footprint.status(),
            footprint.productIds().toArray(String[]::new),
            strings(document.get("companyIds")),
            geographies.toArray(String[]::new),
            strings(document.get("productClassifications")),
            Timestamp.from(footprint.referencePeriod().start()),
            Timestamp.from(footprint.referencePeriod().end()),
            JsonDocuments.write(withCredential(document, issued)),
            Timestamp.from(issued.createdAt()))
        .update();
    // last in the transaction: the row lock it takes is held only until the commit
    int raised = jdbc.sql("UPDATE footprints_version SET version = version + 1").update();
    if (raised != 1) {
      throw new IllegalStateException("footprints_version must hold one row, not " + raised);
    }
  }

  /** The footprint as served: its own extensions, then ours carrying the credential. */
  static JsonObject withCredential(JsonObject document, IssuedCredential issued) {
    JsonArrayBuilder extensions = JSON.createArrayBuilder();
    if (document.get("extensions") instanceof JsonArray existing) {
      existing.forEach(extensions::add);
    }
    extensions.add(CredentialExtension.of(issued.secured()));
    return JSON.createObjectBuilder(document).add("extensions", extensions).build();
  }

  private static String[] strings(JsonValue value) {
    List<String> out = new ArrayList<>();
    if (value instanceof JsonArray array) {
      for (JsonValue v : array) {
        if (v instanceof JsonString s) {
          out.add(s.getString());
        }
      }
    }
    return out.toArray(String[]::new);
  }
}
