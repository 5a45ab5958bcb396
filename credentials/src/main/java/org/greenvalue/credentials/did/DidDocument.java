package org.greenvalue.credentials.did;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenvalue.common.Result;

/**
 * A resolved DID document: its verification methods and which of them each verification
 * relationship authorises.
 *
 * @param id the DID
 * @param verificationMethods every method the document defines
 * @param relationships for each relationship, the absolute ids of the methods it lists
 */
public record DidDocument(
    String id,
    List<VerificationMethod> verificationMethods,
    Map<VerificationRelationship, Set<String>> relationships) {

  public DidDocument {
    verificationMethods = List.copyOf(verificationMethods);
    relationships = relationships.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(relationships));
  }

  public Optional<VerificationMethod> verificationMethod(String methodId) {
    String absolute = methodId.startsWith("#") ? id + methodId : methodId;
    return verificationMethods.stream().filter(m -> m.id().equals(absolute)).findFirst();
  }

  /** The method with this id, if the document authorises it for the relationship. */
  public Result<VerificationMethod> authorised(
      String methodId, VerificationRelationship relationship) {
    var method = verificationMethod(methodId);
    if (method.isEmpty()) {
      return Result.failure("DID document " + id + " has no verification method " + methodId);
    }
    if (!relationships.getOrDefault(relationship, Set.of()).contains(method.get().id())) {
      return Result.failure(
          "verification method "
              + methodId
              + " is not authorised for "
              + relationship.term()
              + " by "
              + id);
    }
    return Result.success(method.get());
  }

  /** The document as JSON-LD with the DID v1 and Multikey contexts. */
  public JsonObject toJson() {
    var methods = JSON.createArrayBuilder();
    verificationMethods.forEach(m -> methods.add(m.toJson()));
    var doc =
        JSON.createObjectBuilder()
            .add(
                "@context",
                JSON.createArrayBuilder()
                    .add("https://www.w3.org/ns/did/v1")
                    .add("https://w3id.org/security/multikey/v1"))
            .add("id", id)
            .add("verificationMethod", methods);
    for (VerificationRelationship r : VerificationRelationship.values()) {
      var ids = relationships.getOrDefault(r, Set.of());
      if (!ids.isEmpty()) {
        var list = JSON.createArrayBuilder();
        ids.stream().sorted().forEach(list::add);
        doc.add(r.term(), list);
      }
    }
    return doc.build();
  }
}
