package org.greenvalue.demo.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The registry's lot operations, made by the lot owner's own client. */
final class Lots {

  private Lots() {}

  /** Allocates {@code quantity} t of a lot to a product batch of a site for a period. */
  static JsonNode allocate(
      Calls calls,
      String owner,
      String lotId,
      String batch,
      String site,
      String start,
      String end,
      String quantity) {
    ObjectNode body = Http.JSON.createObjectNode().put("productBatchId", batch).put("siteId", site);
    body.putObject("period").put("start", start + "T00:00:00Z").put("end", end + "T00:00:00Z");
    body.put("quantity", quantity);
    return calls
        .http
        .post(calls.at.registry("/lots/" + lotId + "/allocations"), owner, body.toString())
        .expect(201)
        .json();
  }

  /** Transfers {@code quantity} t of a lot to another organisation; returns the transfer. */
  static JsonNode transfer(
      Calls calls, String owner, String lotId, String to, String delivery, String quantity) {
    return calls
        .http
        .post(
            calls.at.registry("/lots/" + lotId + "/transfers"),
            owner,
            transfer(to, delivery, quantity))
        .expect(201)
        .json();
  }

  static String transfer(String to, String delivery, String quantity) {
    return Http.JSON
        .createObjectNode()
        .put("to", to)
        .put("deliveryReference", delivery)
        .put("quantity", quantity)
        .toString();
  }

  /** A refusal is a 4xx problem; anything else means the system let a double count through. */
  static void requireRefusal(Http.Reply reply, String what) {
    if (reply.status() < 400 || reply.status() >= 500) {
      throw new StoryFailure(what + " was not refused: " + reply);
    }
  }
}
