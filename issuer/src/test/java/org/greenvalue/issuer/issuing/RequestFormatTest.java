package org.greenvalue.issuer.issuing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.greenvalue.credentials.securing.SecuringFormat;
import org.greenvalue.service.problem.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** {@link RequestBodies#format}: labels from {@link SecuringFormat}, an unknown one a 400. */
class RequestFormatTest {

  @Test
  void anUnknownFormatIsA400ListingEveryFormat() {
    var request = Json.createObjectBuilder().add("format", "rsa").build();

    Problem problem = catchThrowableOfType(Problem.class, () -> RequestBodies.format(request));

    assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problem.slug()).isEqualTo("unknown-format");
    assertThat(problem.getMessage()).startsWith("format 'rsa' is not one of ");
    for (String label : SecuringFormat.labels()) {
      assertThat(problem.getMessage()).contains(label);
    }
    assertThat(problem.toDetail().getDetail()).endsWith(SecuringFormat.labelList());
  }

  @Test
  void everyLabelReadsAsItsFormat() {
    for (SecuringFormat format : SecuringFormat.values()) {
      var request = Json.createObjectBuilder().add("format", format.label()).build();
      assertThat(RequestBodies.format(request)).isEqualTo(format);
    }
  }

  @Test
  void vcJwtIsTheDefault() {
    assertThat(RequestBodies.format(JsonValue.EMPTY_JSON_OBJECT)).isEqualTo(SecuringFormat.VC_JWT);
  }

  @Test
  void aFormatThatIsNoStringIsA400() {
    var request = Json.createObjectBuilder().add("format", 3).build();

    Problem problem = catchThrowableOfType(Problem.class, () -> RequestBodies.format(request));

    assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problem.slug()).isEqualTo("wrong-type");
  }
}
