package org.greenvalue.issuer.issuing;

import java.time.Instant;
import java.util.List;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.issuer.status.TakenEntry;

/**
 * A credential as issued: exactly the secured form handed out, its digest and status entries.
 *
 * @param secured a compact JWS (vc+jwt) or the JSON credential with its proof
 * @param kind the credential type, e.g. {@code EmissionReductionCredential}
 * @param evidenceDigest the bound evidence pack's manifest digest, if any
 * @param evidenceRoot the bound evidence pack's Merkle root (hex), if any
 */
public record IssuedCredential(
    String id,
    String orgId,
    String kind,
    SecuringFormat format,
    String digest,
    String secured,
    List<TakenEntry> statusEntries,
    String evidenceDigest,
    String evidenceRoot,
    Instant createdAt) {

  public IssuedCredential {
    statusEntries = List.copyOf(statusEntries);
  }

  public String mediaType() {
    return format == SecuringFormat.VC_JWT ? "application/vc+jwt" : "application/vc";
  }
}
