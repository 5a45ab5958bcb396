package org.greenvalue.issuer.pact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.greenvalue.service.security.Callers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * PACT Actions ListFootprints and GetFootprint, sent as bytes with a strong {@code ETag}; a
 * matching {@code If-None-Match} gets 304 without a body (RFC 9110 section 13.1.2). Listing pages
 * come from {@link FootprintPages}; the next page is announced in a {@code Link} header ({@code
 * rel="next"}) on the request's own host. A PACT client sees only the footprints of the
 * organisations it is bound to ({@link PactClientBindings}).
 */
@RestController
@Tag(name = "PACT v3")
class PactFootprintController {
  private final PactFootprints footprints;
  private final FootprintPages pages;

  PactFootprintController(PactFootprints footprints, FootprintPages pages) {
    this.footprints = footprints;
    this.pages = pages;
  }

  @GetMapping(value = "/3/footprints", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "PACT ListFootprints with filters and Link-header paging (pact.read)")
  ResponseEntity<byte[]> list(
      @RequestParam MultiValueMap<String, String> params,
      HttpServletRequest request,
      WebRequest web,
      @AuthenticationPrincipal Jwt jwt) {
    RenderedPage page =
        pages.list(
            FootprintQuery.from(params), NextLink.of(request, params), Callers.clientId(jwt));
    if (notModified(web, page.etag())) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
    }
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    if (page.link() != null) {
      response.header(HttpHeaders.LINK, page.link());
    }
    return json(response, page.body());
  }

  @GetMapping(value = "/3/footprints/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "PACT GetFootprint (pact.read)")
  ResponseEntity<byte[]> get(
      @PathVariable String id, WebRequest web, @AuthenticationPrincipal Jwt jwt) {
    // Any id is looked up (in any letter case): one that names no footprint, well-formed or not,
    // is NotFound, as is a footprint of an organisation the client is not bound to.
    String document =
        footprints
            .document(id, Callers.clientId(jwt))
            .orElseThrow(() -> PactException.notFound("The specified footprint does not exist."));
    byte[] body = ("{\"data\":" + document + "}").getBytes(StandardCharsets.UTF_8);
    if (notModified(web, RenderedPage.etagOf(body))) {
      return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
    }
    return json(ResponseEntity.ok(), body);
  }

  /**
   * Whether {@code If-None-Match} names this representation; puts the {@code ETag} on the response
   * either way. Spring matches {@code *} only for unsafe methods; RFC 9110 section 13.1.2 makes it
   * match any current representation, so it is checked here too.
   */
  private static boolean notModified(WebRequest web, String etag) {
    if (web.checkNotModified(etag)) {
      return true;
    }
    String ifNoneMatch = web.getHeader(HttpHeaders.IF_NONE_MATCH);
    return ifNoneMatch != null && ifNoneMatch.strip().equals("*");
  }

  /** The ETag is already on the response: {@code checkNotModified} puts it there. */
  private static ResponseEntity<byte[]> json(ResponseEntity.BodyBuilder response, byte[] body) {
    return response.contentType(MediaType.APPLICATION_JSON).contentLength(body.length).body(body);
  }
}
