package org.greenvalue.registry.greenvalue;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.greenvalue.registry.trust.Patterns;

/**
 * Mint a lot from an assured ΔCO2 credential.
 *
 * @param reductionCredential the secured EmissionReductionCredential: a JSON object with a Data
 *     Integrity proof, or a compact vc+jwt string
 * @param assuranceCredential the secured AssuranceCredential about it, in either form
 * @param anchorReceipt the anchor receipt of the reduction credential's digest (AnchorReceiptJson);
 *     when absent the registry looks for one it holds itself
 * @param owner the DID of the lot's holder
 */
public record MintLotRequest(
    @NotNull JsonNode reductionCredential,
    @NotNull JsonNode assuranceCredential,
    JsonNode anchorReceipt,
    @NotNull @Size(max = 2048) @Pattern(regexp = Patterns.DID, message = "is not a DID")
        String owner) {}
