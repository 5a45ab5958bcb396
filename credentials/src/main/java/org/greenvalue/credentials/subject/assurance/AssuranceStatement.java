package org.greenvalue.credentials.subject.assurance;

import static org.greenvalue.credentials.json.JsonDocuments.JSON;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.common.digest.Sha256Digest;
import org.greenvalue.credentials.digest.MerkleRoot;
import org.greenvalue.credentials.subject.CredentialSubject;
import org.greenvalue.credentials.subject.DecimalText;
import org.greenvalue.credentials.subject.Period;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.Violation;
import org.greenvalue.credentials.subject.Violations;

/**
 * An accredited third party's assurance statement about one claim credential and the evidence pack
 * behind it.
 *
 * @param assuredCredential the {@link org.greenvalue.credentials.digest.SecuredCredentialDigests}
 *     of the secured claim credential
 * @param assuredCredentialId the claim credential's {@code id}, when it has one
 * @param evidenceMerkleRoot the Merkle root of the evidence pack inspected
 * @param level limited or reasonable
 * @param standard the assurance standard, e.g. {@code ISO 14064-3} or {@code ISAE 3410}
 * @param materiality the materiality threshold in percent, {@code 0 < m <= 100}
 * @param opinion the conclusion
 * @param period the period the assured data cover
 * @param scope what was assured, in words
 * @param accreditation the provider's accreditation
 */
public record AssuranceStatement(
    Sha256Digest assuredCredential,
    Optional<String> assuredCredentialId,
    MerkleRoot evidenceMerkleRoot,
    AssuranceLevel level,
    String standard,
    BigDecimal materiality,
    AssuranceOpinion opinion,
    Period period,
    String scope,
    Accreditation accreditation)
    implements CredentialSubject {

  public static final String ISO_14064_3 = "ISO 14064-3";
  public static final String ISAE_3410 = "ISAE 3410";
  public static final String ISAE_3000 = "ISAE 3000";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public AssuranceStatement {
    Objects.requireNonNull(assuredCredential, "assuredCredential");
    Objects.requireNonNull(assuredCredentialId, "assuredCredentialId");
    Objects.requireNonNull(evidenceMerkleRoot, "evidenceMerkleRoot");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(materiality, "materiality");
    Objects.requireNonNull(opinion, "opinion");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(accreditation, "accreditation");
    Violations.requireNone(rules(materiality));
  }

  /** The rules beyond syntax: the materiality is a percentage above zero and at most 100. */
  static List<Violation> rules(BigDecimal materiality) {
    var violations = new ArrayList<Violation>();
    if (materiality.signum() <= 0 || materiality.compareTo(HUNDRED) > 0) {
      violations.add(new Violation("/materiality", "must be a percentage above 0 and at most 100"));
    }
    return violations;
  }

  /** Reads an untrusted {@code credentialSubject}; every problem is reported with its pointer. */
  public static Result<AssuranceStatement> parse(JsonObject subject) {
    return AssuranceStatementReader.read(subject);
  }

  @Override
  public SubjectKind kind() {
    return SubjectKind.ASSURANCE;
  }

  @Override
  public JsonObject toJson() {
    var json =
        JSON.createObjectBuilder()
            .add("type", kind().subjectType())
            .add("assuredCredential", assuredCredential.toString());
    assuredCredentialId.ifPresent(id -> json.add("assuredCredentialId", id));
    return json.add("evidenceMerkleRoot", evidenceMerkleRoot.hex())
        .add("level", level.wireName())
        .add("standard", standard)
        .add("materiality", DecimalText.format(materiality))
        .add("opinion", opinion.wireName())
        .add("period", period.toJson())
        .add("scope", scope)
        .add("accreditation", accreditation.toJson())
        .build();
  }
}
