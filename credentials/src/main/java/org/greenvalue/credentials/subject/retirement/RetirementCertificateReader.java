package org.greenvalue.credentials.subject.retirement;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.subject.Co2eUnit;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.SubjectReader;
import org.greenvalue.credentials.subject.Violations;

/** Reads a {@link RetirementCertificate} from untrusted JSON, collecting every violation. */
final class RetirementCertificateReader {

  private RetirementCertificateReader() {}

  static Result<RetirementCertificate> read(JsonObject json) {
    var in = SubjectReader.of(json);
    String expectedType = SubjectKind.RETIREMENT_CERTIFICATE.subjectType();
    in.text("type")
        .filter(t -> !t.equals(expectedType))
        .ifPresent(t -> in.reject("type", "must be " + expectedType));
    var lotId = in.text("lotId");
    var quantity = in.decimal("quantity");
    in.choice("unit", Co2eUnit.class)
        .filter(u -> u != Co2eUnit.TONNES)
        .ifPresent(u -> in.reject("unit", "must be tCO2e"));
    var beneficiary = in.text("beneficiary");
    var beneficiaryId = in.optionalText("beneficiaryId");
    var purpose = in.text("purpose");
    var retiredAt = in.instant("retiredAt");
    var source = in.digest("sourceCredential");
    var retiredBy = in.optionalText("retiredBy");
    var violations = new ArrayList<>(in.violations());
    quantity.ifPresent(q -> violations.addAll(RetirementCertificate.rules(q)));
    return Violations.toResult(
        violations,
        () ->
            new RetirementCertificate(
                lotId.get(),
                quantity.get(),
                beneficiary.get(),
                beneficiaryId,
                purpose.get(),
                retiredAt.get(),
                source.get(),
                retiredBy));
  }
}
