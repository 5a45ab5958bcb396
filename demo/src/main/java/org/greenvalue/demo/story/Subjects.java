package org.greenvalue.demo.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.UUID;

/** The credential subjects the story's parties claim. */
final class Subjects {
  /** The automaker batch's steel emissions had it used conventional coil, tCO2e. */
  private static final BigDecimal BASELINE = new BigDecimal("2310.000");

  private Subjects() {}

  /** The steel supplier's metered ΔCO2 of its reheating furnace heat recovery, 420.275 t. */
  static ObjectNode steelReduction(JsonNode pack, String productId) {
    ObjectNode r = reduction("urn:gvr:project:kanto-steel:reheat-recovery-" + UUID.randomUUID());
    r.put("facilityId", "urn:gvr:facility:kanto-steel:plant-2");
    r.put("productId", productId);
    r.put("methodology", "ISO 14064-2");
    r.put("baselineEmissions", "18250.400");
    r.put("projectEmissions", "17830.125");
    r.put("reduction", "420.275");
    r.put("unit", "tCO2e");
    period(r.putObject("monitoringPeriod"), "2025-01-01", "2026-01-01");
    ArrayNode sources = r.putArray("measurementSources");
    metered(sources, "EM-0042", "reheating furnace natural gas meter");
    metered(sources, "EE-0007", "plant 2 electricity meter");
    evidence(r, pack);
    return r;
  }

  /**
   * The automaker's ΔCO2 for a vehicle batch: the steel's reduction it inherits through its
   * allocation, {@code quantity} t, referenced with the upstream credential and transfer record.
   */
  static ObjectNode inheritedReduction(
      JsonNode pack,
      String productId,
      String quantity,
      String allocationId,
      String lotId,
      String steelDigest,
      String transferId) {
    ObjectNode r =
        reduction("urn:gvr:project:chubu-motors:green-steel-biw-s1-" + UUID.randomUUID());
    r.put("facilityId", "urn:gvr:facility:chubu-motors:body-shop-1");
    r.put("productId", productId);
    r.put("methodology", "ISO 22095 mass balance, inherited ΔCO2");
    // the batch's steel, counted with the conventional coil it replaces and with the green coil
    r.put("baselineEmissions", BASELINE.toPlainString());
    r.put("projectEmissions", BASELINE.subtract(new BigDecimal(quantity)).toPlainString());
    r.put("reduction", quantity);
    r.put("unit", "tCO2e");
    period(r.putObject("monitoringPeriod"), "2026-01-01", "2026-04-01");
    metered(r.putArray("measurementSources"), "WB-03", "goods-in weighbridge, coil deliveries");
    evidence(r, pack);
    ObjectNode reference = r.putArray("upstream").addObject();
    reference.put("allocationId", "urn:uuid:" + allocationId);
    reference.put("lotId", "urn:uuid:" + lotId);
    reference.put("quantity", quantity);
    reference.putArray("sourceCredentials").add(steelDigest);
    reference.putArray("transferRecords").add("urn:uuid:" + transferId);
    return r;
  }

  /** A reasonable-level, unmodified ISO 14064-3 assurance of {@code claimDigest}. */
  static ObjectNode assurance(
      String claimDigest, String root, String scope, String start, String end) {
    ObjectNode a = Http.JSON.createObjectNode();
    a.put("type", "AssuranceStatement");
    a.put("assuredCredential", claimDigest);
    a.put("evidenceMerkleRoot", root);
    a.put("level", "reasonable");
    a.put("standard", "ISO 14064-3");
    a.put("materiality", "5");
    a.put("opinion", "unmodified");
    period(a.putObject("period"), start, end);
    a.put("scope", scope);
    a.putObject("accreditation")
        .put("body", "JAB")
        .put("reference", "VV-0107")
        .put("standard", "ISO 14065");
    return a;
  }

  private static ObjectNode reduction(String projectId) {
    ObjectNode r = Http.JSON.createObjectNode();
    r.put("type", "EmissionReduction");
    r.put("projectId", projectId);
    return r;
  }

  private static void period(ObjectNode period, String start, String end) {
    period.put("start", start + "T00:00:00Z").put("end", end + "T00:00:00Z");
  }

  private static void metered(ArrayNode sources, String meter, String description) {
    sources
        .addObject()
        .put("sourceType", "metered")
        .put("meterId", meter)
        .put("description", description);
  }

  private static void evidence(ObjectNode r, JsonNode pack) {
    r.putObject("evidencePack")
        .put("manifestDigest", pack.get("manifestDigest").asText())
        .put("merkleRoot", pack.get("merkleRoot").asText());
  }
}
