package org.greenvalue.issuer.packs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.greenvalue.common.Result;
import org.greenvalue.evidence.disclosure.Disclosure;
import org.greenvalue.evidence.disclosure.PackDisclosure;
import org.greenvalue.issuer.engagements.Engagement;
import org.greenvalue.issuer.engagements.Engagements;
import org.greenvalue.issuer.orgs.Organisation;
import org.greenvalue.issuer.orgs.Organisations;
import org.greenvalue.issuer.security.IssuerScopes;
import org.greenvalue.service.problem.Problem;
import org.greenvalue.service.security.Callers;
import org.greenvalue.service.security.Scopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "evidence packs", description = "Upload, build, download, disclose")
class PackController {
  private static final Logger log = LoggerFactory.getLogger(PackController.class);
  private static final MediaType ZIP = MediaType.parseMediaType("application/zip");
  private static final Pattern DIGEST = Pattern.compile("^sha256:[0-9a-f]{64}$");

  private final PackUploads uploads;
  private final EvidencePacks packs;
  private final PackFiles files;
  private final Organisations organisations;
  private final Engagements engagements;
  private final ObjectMapper json;

  PackController(
      PackUploads uploads,
      EvidencePacks packs,
      PackFiles files,
      Organisations organisations,
      Engagements engagements,
      ObjectMapper json) {
    this.uploads = uploads;
    this.packs = packs;
    this.files = files;
    this.organisations = organisations;
    this.engagements = engagements;
    this.json = json;
  }

  @PostMapping(value = "/organisations/{org}/packs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Upload files (parts named 'files'), build and store a pack")
  ResponseEntity<Map<String, Object>> upload(
      @PathVariable String org,
      @RequestParam(name = "files", required = false) List<MultipartFile> parts,
      @RequestParam(name = "subject", required = false) String subject,
      @AuthenticationPrincipal Jwt jwt)
      throws IOException {
    Organisation organisation = organisations.requireMember(org, Callers.clientId(jwt));
    StoredPack pack = uploads.build(organisation, subject, parts == null ? List.of() : parts);
    return ResponseEntity.status(HttpStatus.CREATED).body(view(pack));
  }

  @GetMapping("/organisations/{org}/packs")
  @Operation(
      summary =
          "The organisation's packs, newest first (its members: all; an engaged assurance"
              + " provider's clients: those its engagements in force cover)")
  List<Map<String, Object>> list(
      @PathVariable String org,
      @RequestParam(defaultValue = "100") int limit,
      @AuthenticationPrincipal Jwt jwt) {
    if (limit < 1 || limit > 1000) {
      throw Problem.badRequest("invalid-limit", "limit must be between 1 and 1000");
    }
    String client = Callers.clientId(jwt);
    Organisation organisation = organisations.require(org);
    if (organisation.allows(client)) {
      return packs.ofOrganisation(org, limit).stream().map(this::view).toList();
    }
    List<Engagement> inForce = assurer() ? engagements.inForceFor(org, client) : List.of();
    if (inForce.isEmpty()) {
      log.warn("client {} listed the packs of {} without an engagement in force", client, org);
      throw new Problem(
          HttpStatus.FORBIDDEN,
          "not-engaged",
          "Forbidden",
          "client " + client + " is not a member of " + org + " nor of a provider it engaged");
    }
    List<StoredPack> visible =
        inForce.stream().anyMatch(e -> e.packs().isEmpty())
            ? packs.ofOrganisation(org, limit)
            : packs.ofOrganisation(
                org, inForce.stream().flatMap(e -> e.packs().stream()).distinct().toList(), limit);
    return visible.stream().map(this::view).toList();
  }

  @GetMapping("/packs/{digest}")
  @Operation(
      summary = "A pack's record (members of its organisation, clients of an engaged provider)")
  Map<String, Object> describe(@PathVariable String digest, @AuthenticationPrincipal Jwt jwt) {
    return view(readable(digest, jwt));
  }

  @GetMapping("/packs/{digest}/zip")
  @Operation(summary = "Download the whole pack")
  ResponseEntity<Resource> download(@PathVariable String digest, @AuthenticationPrincipal Jwt jwt) {
    StoredPack pack = readable(digest, jwt);
    return ResponseEntity.ok()
        .contentType(ZIP)
        .header(
            HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + pack.packId() + ".zip\"")
        .body(new FileSystemResource(files.path(pack.manifestDigest())));
  }

  @GetMapping("/packs/{digest}/disclosure")
  @Operation(summary = "A selective disclosure of the chosen files (repeat 'path')")
  ResponseEntity<StreamingResponseBody> disclose(
      @PathVariable String digest,
      @RequestParam(name = "path") List<String> paths,
      @AuthenticationPrincipal Jwt jwt)
      throws IOException {
    StoredPack pack = readable(digest, jwt);
    Path target = Files.createTempFile("disclosure", ".zip");
    Result<Disclosure> disclosure;
    try {
      disclosure = new PackDisclosure().disclose(files.path(pack.manifestDigest()), paths, target);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(target);
      throw e;
    }
    if (!disclosure.succeeded()) {
      Files.deleteIfExists(target);
      throw Problem.invalid("invalid-disclosure", disclosure.reason());
    }
    StreamingResponseBody body =
        out -> {
          try {
            Files.copy(target, out);
          } finally {
            Files.deleteIfExists(target);
          }
        };
    return ResponseEntity.ok().contentType(ZIP).body(body);
  }

  private StoredPack readable(String digest, Jwt jwt) {
    if (!DIGEST.matcher(digest).matches()) {
      throw Problem.badRequest("invalid-digest", "a pack is named by sha256:<64 lowercase hex>");
    }
    Problem unknown = Problem.notFound("unknown-pack", "no pack " + digest);
    StoredPack pack = packs.find(digest).orElseThrow(() -> unknown);
    String client = Callers.clientId(jwt);
    if (organisations.require(pack.orgId()).allows(client)) {
      return pack;
    }
    if (assurer() && engagements.letsSee(pack.orgId(), digest, client)) {
      log.info("client {} reads pack {} of {} under an engagement", client, digest, pack.orgId());
      return pack;
    }
    // Not visible: answered exactly as a pack that does not exist, so nothing is disclosed.
    log.warn("client {} asked for pack {} it may not see", client, digest);
    throw unknown;
  }

  /** Whether the caller's token carries {@code issuer.assurance}. */
  private static boolean assurer() {
    return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
        .anyMatch(a -> a.getAuthority().equals(Scopes.authority(IssuerScopes.ASSURANCE)));
  }

  private Map<String, Object> view(StoredPack pack) {
    JsonNode fileList;
    try {
      fileList = json.readTree(pack.files());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return Map.of(
        "manifestDigest", pack.manifestDigest(),
        "merkleRoot", pack.merkleRoot(),
        "packId", pack.packId(),
        "organisation", pack.orgId(),
        "sizeBytes", pack.sizeBytes(),
        "files", fileList,
        "createdAt", pack.createdAt().toString());
  }
}
