package org.greenvalue.registry.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

/** Which type a status list is served as for an Accept header, without HTTP. */
class StatusListMediaTypesTest {

  @Test
  void noAcceptHeaderIsApplicationVc() throws Exception {
    assertThat(StatusListMediaTypes.choose(null)).contains(StatusListMediaTypes.VC);
    assertThat(StatusListMediaTypes.choose(" ")).contains(StatusListMediaTypes.VC);
  }

  @Test
  void equalQualityKeepsTheClientsOrder() throws Exception {
    assertThat(StatusListMediaTypes.choose("application/json, application/ld+json"))
        .contains(MediaType.APPLICATION_JSON);
    assertThat(StatusListMediaTypes.choose("application/*+json"))
        .contains(StatusListMediaTypes.LD_JSON);
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/vc+jwt", "text/plain", "*/*;q=0"})
  void nothingOfferedIsEmpty(String accept) throws Exception {
    assertThat(StatusListMediaTypes.choose(accept)).isEmpty();
  }

  @Test
  void anUnparsableHeaderIsMalformed() {
    assertThatThrownBy(() -> StatusListMediaTypes.choose("application/"))
        .isInstanceOf(StatusListMediaTypes.Malformed.class);
  }
}
