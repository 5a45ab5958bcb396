package org.greenvalue.registry.greenvalue;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.time.Instant;
import java.util.UUID;
import org.greenvalue.credentials.model.VerifiableCredential;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.credentials.subject.GreenValueContext;
import org.greenvalue.registry.keys.RegistryKeys;
import org.springframework.stereotype.Component;

/**
 * Signs the CustodyTransferCredential of a transfer with the registry's key ({@code
 * eddsa-rdfc-2022}, like retirement certificates): source and child lot, transferor and transferee,
 * quantity, delivery reference, the digest of the credential the root lot was minted from and the
 * block time of the transfer.
 */
@Component
class TransferRecords {
  static final String CREDENTIAL_TYPE = "CustodyTransferCredential";
  static final String SUBJECT_TYPE = "CustodyTransfer";

  private final RegistryKeys keys;

  TransferRecords(RegistryKeys keys) {
    this.keys = keys;
  }

  String sign(
      UUID transferId,
      UUID lotId,
      UUID childLotId,
      String from,
      String to,
      BigInteger grams,
      String deliveryReference,
      String sourceCredential,
      Instant transferredAt) {
    JsonObject subject =
        JSON.createObjectBuilder()
            .add("type", SUBJECT_TYPE)
            .add("lotId", "urn:uuid:" + lotId)
            .add("childLotId", "urn:uuid:" + childLotId)
            .add("transferor", from)
            .add("transferee", to)
            .add("quantity", Tonnes.text(grams))
            .add("deliveryReference", deliveryReference)
            .add("sourceCredential", sourceCredential)
            .add("transferredAt", transferredAt.toString())
            .build();
    JsonObject credential =
        VerifiableCredential.builder()
            .context(GreenValueContext.V1)
            .context(CustodyTerms.UNDEFINED_TERMS_CONTEXT)
            .id("urn:uuid:" + transferId)
            .type(CREDENTIAL_TYPE)
            .issuer(keys.did())
            .validFrom(transferredAt)
            .credentialSubject(subject)
            .build()
            .json();
    return keys.signer()
        .sign(credential, SecuringFormat.EDDSA_RDFC_2022)
        .orElseThrow(reason -> new IllegalStateException("cannot sign transfer record: " + reason));
  }
}
