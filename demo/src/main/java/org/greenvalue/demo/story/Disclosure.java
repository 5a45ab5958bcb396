package org.greenvalue.demo.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The supplier shows a buyer its PCF with chosen fields withheld (ecdsa-sd-2023): the issuer signs
 * a base proof whose mandatory statements are the product and its footprint, the supplier derives a
 * disclosure over VC-API without its plant notes and data-quality internals, and the buyer's
 * verifier accepts it; the same disclosure with its footprint lowered is refused.
 */
final class Disclosure {
  private static final String FOOTPRINT = "/credentialSubject/productFootprint";

  /** What every disclosure of the PCF shows, whatever the holder chooses. */
  private static final List<String> MANDATORY =
      List.of(
          "/credentialSubject/id",
          "/credentialSubject/type",
          FOOTPRINT + "/id",
          FOOTPRINT + "/productIds",
          FOOTPRINT + "/pcf/declaredUnitOfMeasurement",
          FOOTPRINT + "/pcf/declaredUnitAmount",
          FOOTPRINT + "/pcf/pcfExcludingBiogenicUptake");

  /** What the supplier keeps from this buyer: optional members of a PACT footprint. */
  private static final Set<String> WITHHELD = Set.of("comment", "pcf/primaryDataShare", "pcf/dqi");

  private final Calls calls;
  private final Clients clients;
  private final Consumer<String> say;

  Disclosure(Calls calls, Clients clients, Consumer<String> say) {
    this.calls = calls;
    this.clients = clients;
    this.say = say;
  }

  /** {@code pcf} is the footprint endpoint's answer for the supplier's vc+jwt PCF. */
  StoryResult.Disclosed show(JsonNode pcf) {
    ObjectNode credential = payload(pcf.get("verifiableCredential").asText());
    // a new credential of the same claim: the issuer gives it its own id and status entry
    credential.remove(List.of("id", "credentialStatus"));
    ObjectNode issue = Http.JSON.createObjectNode();
    issue.set("credential", credential);
    ObjectNode options = issue.putObject("options").put("format", "ecdsa-sd-2023");
    MANDATORY.forEach(options.putArray("mandatoryPointers")::add);
    JsonNode base = supplierCalls("/credentials/issue", issue);

    ObjectNode derive = Http.JSON.createObjectNode();
    derive.set("verifiableCredential", base);
    selected(base.at(FOOTPRINT), "")
        .forEach(derive.putObject("options").putArray("selectivePointers")::add);
    JsonNode disclosed = supplierCalls("/credentials/derive", derive);

    List<String> withheld = new ArrayList<>();
    for (String member : WITHHELD.stream().sorted().toList()) {
      if (disclosed.at(FOOTPRINT + "/" + member).isMissingNode()) {
        withheld.add(member);
      }
    }
    List<String> refusal = refusal(disclosed);
    boolean verified = refusal.isEmpty();
    say.accept(
        "buyer's verifier: %s; withheld %s"
            .formatted(verified ? "verified" : "refused", String.join(", ", withheld)));
    ObjectNode altered = disclosed.deepCopy();
    ((ObjectNode) altered.at(FOOTPRINT + "/pcf")).put("pcfExcludingBiogenicUptake", "512.75");
    say.accept("the same disclosure with its footprint lowered to 512.75:");
    boolean alteredVerified = refusal(altered).isEmpty();
    if (alteredVerified) {
      say.accept("  verified");
    }
    return new StoryResult.Disclosed(verified, refusal, withheld, alteredVerified);
  }

  /** A VC-API call of the issuer's, as the supplier: the credential it answers with. */
  private JsonNode supplierCalls(String path, ObjectNode body) {
    return calls
        .http
        .post(calls.at.issuer(path), clients.supplier(), body.toString())
        .expect(201)
        .json()
        .get("verifiableCredential");
  }

  /** Pointers to every member of the footprint except those withheld, pcf members one by one. */
  private static List<String> selected(JsonNode object, String prefix) {
    List<String> pointers = new ArrayList<>();
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String path = prefix + names.next();
      if (WITHHELD.contains(path)) {
        continue;
      }
      if (path.equals("pcf")) {
        pointers.addAll(selected(object.get("pcf"), "pcf/"));
      } else {
        pointers.add(FOOTPRINT + "/" + path);
      }
    }
    return pointers;
  }

  /** The errors of the verifier's VC-API refusal, reported; empty when it verified. */
  private List<String> refusal(JsonNode credential) {
    JsonNode answer =
        calls
            .http
            .post(
                calls.at.verifier("/credentials/verify"),
                clients.verifier(),
                "{\"verifiableCredential\":" + credential + "}")
            .expect(200, 422)
            .json();
    if (answer.path("verified").asBoolean(false)) {
      return List.of();
    }
    List<String> errors = new ArrayList<>();
    answer
        .path("errors")
        .forEach(e -> errors.add(e.path("title").asText() + ": " + e.path("detail").asText()));
    if (errors.isEmpty()) {
      errors.add("not verified, no error given: " + answer);
    }
    say.accept("  refused: " + String.join("; ", errors));
    return errors;
  }

  /** The credential a compact vc+jwt secures: its payload (VC-JOSE-COSE §3.1.1). */
  private static ObjectNode payload(String jwt) {
    String[] parts = jwt.split("\\.");
    try {
      return (ObjectNode) Http.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
