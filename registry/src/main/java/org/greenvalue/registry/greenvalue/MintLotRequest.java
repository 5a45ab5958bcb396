package org.greenvalue.registry.greenvalue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.greenvalue.registry.organisations.Organisations;

/**
 * Mint a lot from an assured ΔCO2 credential.
 *
 * @param reductionCredential the secured EmissionReductionCredential: a JSON object with a Data
 *     Integrity proof, or a compact vc+jwt string
 * @param assuranceCredential the secured AssuranceCredential about it, in either form
 * @param anchorReceipt the anchor receipt of the reduction credential's digest (AnchorReceiptJson);
 *     when absent the registry looks for one it holds itself
 * @param owner the id of the organisation that will own the lot: the one registered with the
 *     reduction credential's issuer DID (the default when absent; any other is refused)
 */
public record MintLotRequest(
    @NotNull JsonNode reductionCredential,
    @NotNull JsonNode assuranceCredential,
    JsonNode anchorReceipt,
    @Pattern(regexp = Organisations.ID, message = "is not an organisation id") String owner) {}
