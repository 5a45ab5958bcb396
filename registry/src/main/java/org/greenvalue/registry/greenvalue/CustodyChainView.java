package org.greenvalue.registry.greenvalue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The custody path of an allocation, for a verifier to check itself: the allocation's lot first,
 * then each parent lot, ending with the minted root lot.
 */
public record CustodyChainView(AllocationView allocation, List<Hop> hops) {

  /**
   * One lot on the path.
   *
   * @param transfer the transfer that created this lot; null for the minted root
   * @param minted the credentials the root was minted from; null for every other lot
   */
  public record Hop(
      LotView lot,
      @JsonInclude(JsonInclude.Include.ALWAYS) TransferView transfer,
      @JsonInclude(JsonInclude.Include.ALWAYS) Minted minted) {}

  /**
   * The credentials a root lot was minted from, as submitted.
   *
   * @param reductionCredential a JSON object (Data Integrity) or a compact JWS string; null for a
   *     lot minted before the registry kept them
   * @param assuranceCredential in the same forms, or null
   */
  public record Minted(
      String credentialDigest, JsonNode reductionCredential, JsonNode assuranceCredential) {}
}
