package org.greenvalue.credentials.subject.assurance;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Optional;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.SubjectReader;
import org.greenvalue.credentials.subject.Violations;

/** Reads an {@link AssuranceStatement} from untrusted JSON, collecting every violation. */
final class AssuranceStatementReader {

  private AssuranceStatementReader() {}

  static Result<AssuranceStatement> read(JsonObject json) {
    var in = SubjectReader.of(json);
    String expectedType = SubjectKind.ASSURANCE.subjectType();
    in.text("type")
        .filter(t -> !t.equals(expectedType))
        .ifPresent(t -> in.reject("type", "must be " + expectedType));
    var assured = in.digest("assuredCredential");
    var assuredId = in.optionalText("assuredCredentialId");
    var root = in.merkleRoot("evidenceMerkleRoot");
    var level = in.choice("level", AssuranceLevel.class);
    var standard = in.text("standard");
    var materiality = in.decimal("materiality");
    var opinion = in.choice("opinion", AssuranceOpinion.class);
    var period = in.period("period");
    var scope = in.text("scope");
    Optional<Accreditation> accreditation =
        in.object("accreditation")
            .flatMap(
                a -> {
                  var body = a.text("body");
                  var reference = a.text("reference");
                  var accredited = a.text("standard");
                  if (body.isEmpty() || reference.isEmpty() || accredited.isEmpty()) {
                    return Optional.empty();
                  }
                  return Optional.of(
                      new Accreditation(body.get(), reference.get(), accredited.get()));
                });
    var violations = new ArrayList<>(in.violations());
    materiality.ifPresent(m -> violations.addAll(AssuranceStatement.rules(m)));
    return Violations.toResult(
        violations,
        () ->
            new AssuranceStatement(
                assured.get(),
                assuredId,
                root.get(),
                level.get(),
                standard.get(),
                materiality.get(),
                opinion.get(),
                period.get(),
                scope.get(),
                accreditation.get()));
  }
}
