package org.greenvalue.credentials.dataintegrity;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenvalue.common.Result;

/**
 * A secured document split into the unsecured document and its proofs (a single {@code proof}
 * object or an array: a proof set, possibly with chains through {@code previousProof}).
 */
record ProofSet(JsonObject unsecured, List<JsonObject> proofs) {

  ProofSet {
    proofs = List.copyOf(proofs);
  }

  static Result<ProofSet> of(JsonObject document) {
    JsonObject unsecured = JSON.createObjectBuilder(document).remove("proof").build();
    JsonValue proof = document.get("proof");
    if (proof == null) {
      return Result.success(new ProofSet(unsecured, List.of()));
    }
    var proofs = new ArrayList<JsonObject>();
    if (proof instanceof JsonObject single) {
      proofs.add(single);
    } else if (proof instanceof JsonArray array) {
      for (JsonValue item : array) {
        if (!(item instanceof JsonObject object)) {
          return Result.failure("every proof must be a JSON object");
        }
        proofs.add(object);
      }
    } else {
      return Result.failure("proof must be an object or an array of objects");
    }
    return Result.success(new ProofSet(unsecured, proofs));
  }

  /** The ids a proof names in {@code previousProof} (a string or an array of strings). */
  static Result<List<String>> previousProofIds(JsonObject proof) {
    JsonValue value = proof.get("previousProof");
    if (value == null) {
      return Result.success(List.of());
    }
    if (value instanceof JsonString s) {
      return Result.success(List.of(s.getString()));
    }
    if (value instanceof JsonArray array
        && !array.isEmpty()
        && array.stream().allMatch(JsonString.class::isInstance)) {
      return Result.success(
          array.getValuesAs(JsonString.class).stream().map(s -> s.getString()).toList());
    }
    return Result.failure("previousProof must be a string or a non-empty array of strings");
  }

  /** The proofs with these ids, in the order named; a failure names any id not present. */
  Result<List<JsonObject>> matching(List<String> ids) {
    var found = new ArrayList<JsonObject>(ids.size());
    for (String id : ids) {
      Optional<JsonObject> match =
          proofs.stream().filter(p -> id.equals(stringOf(p, "id"))).findFirst();
      if (match.isEmpty()) {
        return Result.failure("previous proof " + id + " is not in the document");
      }
      found.add(match.get());
    }
    return Result.success(found);
  }

  /**
   * The document a chained proof secures (Data Integrity 1.0 §4.3, §4.5): the unsecured document
   * with {@code proof} set to the previous proofs it names; just the unsecured document otherwise.
   */
  JsonObject inputFor(List<JsonObject> previous) {
    if (previous.isEmpty()) {
      return unsecured;
    }
    var array = JSON.createArrayBuilder();
    previous.forEach(array::add);
    return JSON.createObjectBuilder(unsecured).add("proof", array).build();
  }

  static String stringOf(JsonObject object, String key) {
    return object.get(key) instanceof JsonString s ? s.getString() : null;
  }
}
