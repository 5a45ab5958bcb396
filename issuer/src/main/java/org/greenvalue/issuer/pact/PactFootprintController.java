package org.greenvalue.issuer.pact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * PACT Actions ListFootprints and GetFootprint. Bodies are assembled from the stored documents
 * without parsing them again; the next page is announced in a {@code Link} header ({@code
 * rel="next"}) on the request's own host.
 */
@RestController
@Tag(name = "PACT v3")
class PactFootprintController {
  private static final Pattern ID = Pattern.compile("^[0-9a-fA-F-]{36}$");
  private static final java.util.Set<String> PARAMS =
      java.util.Set.of(
          "productId",
          "companyId",
          "geography",
          "classification",
          "validOn",
          "validAfter",
          "validBefore",
          "status",
          "limit",
          "cursor");

  private final PactFootprints footprints;

  PactFootprintController(PactFootprints footprints) {
    this.footprints = footprints;
  }

  @GetMapping(value = "/3/footprints", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "PACT ListFootprints with filters and Link-header paging (pact.read)")
  ResponseEntity<String> list(
      @RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
    for (String name : params.keySet()) {
      if (!PARAMS.contains(name)) {
        throw PactException.badRequest("unknown query parameter '" + name + "'");
      }
    }
    FootprintQuery query = FootprintQuery.from(params);
    List<PactFootprints.Row> rows = footprints.page(query);
    boolean more = rows.size() > query.limit();
    List<PactFootprints.Row> page = more ? rows.subList(0, query.limit()) : rows;
    StringBuilder body = new StringBuilder(64 + page.size() * 2048).append("{\"data\":[");
    for (int i = 0; i < page.size(); i++) {
      if (i > 0) {
        body.append(',');
      }
      body.append(page.get(i).document());
    }
    body.append("]}");
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    if (more) {
      response.header(
          HttpHeaders.LINK, "<" + next(request, params, query, page) + ">; rel=\"next\"");
    }
    return response.contentType(MediaType.APPLICATION_JSON).body(body.toString());
  }

  @GetMapping(value = "/3/footprints/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "PACT GetFootprint (pact.read)")
  ResponseEntity<String> get(@PathVariable String id) {
    if (!ID.matcher(id).matches()) {
      throw PactException.badRequest("a footprint id is a UUID");
    }
    String document =
        footprints
            .document(id)
            .orElseThrow(() -> PactException.notFound("The specified footprint does not exist."));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body("{\"data\":" + document + "}");
  }

  private static String next(
      HttpServletRequest request,
      MultiValueMap<String, String> params,
      FootprintQuery query,
      List<PactFootprints.Row> page) {
    String host = request.getHeader(HttpHeaders.HOST);
    UriComponentsBuilder uri =
        UriComponentsBuilder.newInstance()
            .scheme(request.getScheme())
            .host(host == null ? request.getServerName() : host.split(":", 2)[0])
            .path(request.getRequestURI());
    if (host != null && host.contains(":")) {
      uri.port(Integer.parseInt(host.split(":", 2)[1]));
    } else if (host == null) {
      uri.port(request.getServerPort());
    }
    for (Map.Entry<String, List<String>> param : params.entrySet()) {
      if (!param.getKey().equals("cursor") && !param.getKey().equals("limit")) {
        param.getValue().forEach(v -> uri.queryParam(param.getKey(), v));
      }
    }
    uri.queryParam("limit", query.limit());
    uri.queryParam("cursor", page.get(page.size() - 1).seq());
    return uri.encode().build().toUriString();
  }
}
