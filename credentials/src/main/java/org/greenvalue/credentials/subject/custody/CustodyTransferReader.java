package org.greenvalue.credentials.subject.custody;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.subject.SubjectKind;
import org.greenvalue.credentials.subject.SubjectReader;
import org.greenvalue.credentials.subject.Violations;

/** Reads a {@link CustodyTransfer} from untrusted JSON, collecting every violation. */
final class CustodyTransferReader {

  private CustodyTransferReader() {}

  static Result<CustodyTransfer> read(JsonObject json) {
    var in = SubjectReader.of(json);
    String expectedType = SubjectKind.CUSTODY_TRANSFER.subjectType();
    in.text("type")
        .filter(t -> !t.equals(expectedType))
        .ifPresent(t -> in.reject("type", "must be " + expectedType));
    var lotId = in.text("lotId");
    var childLotId = in.text("childLotId");
    var transferor = in.text("transferor");
    var transferee = in.text("transferee");
    var quantity = in.decimal("quantity");
    var deliveryReference = in.text("deliveryReference");
    var source = in.digest("sourceCredential");
    var transferredAt = in.instant("transferredAt");
    var violations = new ArrayList<>(in.violations());
    if (violations.isEmpty()) {
      violations.addAll(
          CustodyTransfer.rules(
              lotId.get(),
              childLotId.get(),
              transferor.get(),
              transferee.get(),
              quantity.get(),
              deliveryReference.get()));
    }
    return Violations.toResult(
        violations,
        () ->
            new CustodyTransfer(
                lotId.get(),
                childLotId.get(),
                transferor.get(),
                transferee.get(),
                quantity.get(),
                deliveryReference.get(),
                source.get(),
                transferredAt.get()));
  }
}
