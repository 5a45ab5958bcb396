package org.greenvalue.credentials.dataintegrity.sd;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.greenvalue.common.Result;

/**
 * The holder's side of ecdsa-sd-2023 (vc-di-ecdsa §3.3.2 "Add Derived Proof", §3.4.?
 * "createDisclosureData"): from a credential with a base proof, a credential that reveals only the
 * mandatory statements and those the holder's JSON pointers select, with a derived proof that
 * verifies without the rest.
 */
public final class EcdsaSdDeriver {

  private EcdsaSdDeriver() {}

  /** The disclosed credential; a failure says why (no base proof, a pointer that matches none). */
  @SuppressWarnings("unchecked")
  public static Result<JsonObject> derive(JsonObject secured, List<String> selectivePointers) {
    var baseProof = baseProofOf(secured);
    if (!baseProof.succeeded()) {
      return Result.failure(baseProof.reason());
    }
    JsonObject proof = baseProof.value();
    var base = SdProofValues.decodeBase(proof.getString("proofValue"));
    if (!base.succeeded()) {
      return Result.failure(base.reason());
    }
    JsonObject document = JSON.createObjectBuilder(secured).remove("proof").build();
    List<String> combined = new ArrayList<>(base.value().mandatoryPointers());
    combined.addAll(selectivePointers);
    Map<String, List<String>> pointerGroups = new LinkedHashMap<>();
    pointerGroups.put("mandatory", base.value().mandatoryPointers());
    pointerGroups.put("combined", combined);
    var grouped =
        StatementGroups.of(
            document, ids -> HmacLabels.of(base.value().hmacKey(), ids), pointerGroups);
    if (!grouped.succeeded()) {
      return Result.failure(grouped.reason());
    }
    var mandatory = grouped.value().groups().get("mandatory");
    var all = grouped.value().groups().get("combined");
    List<Integer> combinedIndexes = new ArrayList<>(all.matching().keySet());
    List<Integer> nonMandatoryIndexes = new ArrayList<>(mandatory.nonMatching().keySet());
    List<Integer> mandatoryIndexes = new ArrayList<>();
    for (int absolute : mandatory.matching().keySet()) {
      mandatoryIndexes.add(combinedIndexes.indexOf(absolute));
    }
    List<byte[]> signatures = new ArrayList<>();
    for (int absolute : combinedIndexes) {
      if (!mandatory.matching().containsKey(absolute)) {
        int position = nonMandatoryIndexes.indexOf(absolute);
        if (position < 0 || position >= base.value().signatures().size()) {
          return Result.failure("the base proof has no signature for a selected statement");
        }
        signatures.add(base.value().signatures().get(position));
      }
    }
    var canonical = Statements.canonicalize(all.deskolemized(), Result::success);
    if (!canonical.succeeded()) {
      return Result.failure(canonical.reason());
    }
    var labels = new TreeMap<Integer, byte[]>();
    canonical
        .value()
        .canonicalIds()
        .forEach(
            (input, c14n) ->
                labels.put(
                    Integer.parseInt(c14n.substring(4)),
                    HmacLabels.bytes(grouped.value().labelMap().get(input))));
    var reveal = JsonPointerSelection.select((Map<String, Object>) JsonTree.of(document), combined);
    if (!reveal.succeeded()) {
      return Result.failure(reveal.reason());
    }
    String proofValue =
        SdProofValues.encode(
            new DerivedProof(
                base.value().baseSignature(),
                base.value().publicKey(),
                signatures,
                labels,
                mandatoryIndexes));
    JsonObject derivedProof = JSON.createObjectBuilder(proof).add("proofValue", proofValue).build();
    return Result.success(
        JSON.createObjectBuilder((JsonObject) JsonTree.toJson(reveal.value()))
            .add("proof", derivedProof)
            .build());
  }

  private static Result<JsonObject> baseProofOf(JsonObject secured) {
    JsonValue proof = secured.get("proof");
    List<JsonObject> candidates = new ArrayList<>();
    if (proof instanceof JsonObject single) {
      candidates.add(single);
    } else if (proof instanceof JsonArray array) {
      array.stream()
          .filter(JsonObject.class::isInstance)
          .map(JsonObject.class::cast)
          .forEach(candidates::add);
    }
    var sd =
        candidates.stream()
            .filter(
                p ->
                    p.get("cryptosuite") instanceof JsonString s
                        && s.getString().equals(EcdsaSd2023.NAME))
            .toList();
    if (sd.size() != 1) {
      return Result.failure("the credential must carry exactly one ecdsa-sd-2023 proof");
    }
    if (!(sd.get(0).get("proofValue") instanceof JsonString value)
        || !SdProofValues.isBase(value.getString())) {
      return Result.failure("the ecdsa-sd-2023 proof is not a base proof");
    }
    return Result.success(sd.get(0));
  }
}
