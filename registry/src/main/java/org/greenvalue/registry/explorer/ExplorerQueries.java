package org.greenvalue.registry.explorer;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.greenvalue.registry.explorer.Cursors.TimeKey;
import org.greenvalue.registry.explorer.ExplorerRetirements.Stored;
import org.greenvalue.service.problem.Problem;
import org.springframework.stereotype.Service;

/** What the explorer shows, checked parameters in, views out. Reads only. */
@Service
class ExplorerQueries {
  /** How many tiers of a custody path the explorer walks up (the verifier walks 8). */
  static final int MAX_TIERS = 16;

  static final int MAX_QUERY = 256;
  private static final Pattern TX_HASH = Pattern.compile("0x[0-9a-fA-F]{64}");

  private final ExplorerLots lots;
  private final ExplorerRetirements retirements;
  private final ExplorerTrust trust;
  private final ExplorerAnchors anchors;
  private final ExplorerCustody custody;
  private final ExplorerProperties properties;

  ExplorerQueries(
      ExplorerLots lots,
      ExplorerRetirements retirements,
      ExplorerTrust trust,
      ExplorerAnchors anchors,
      ExplorerCustody custody,
      ExplorerProperties properties) {
    this.lots = lots;
    this.retirements = retirements;
    this.trust = trust;
    this.anchors = anchors;
    this.custody = custody;
    this.properties = properties;
  }

  Page<LotSummary> searchLots(String query, String after, String limit) {
    return lots.search(query(query), Cursors.time(after), Cursors.limit(limit));
  }

  LotDetail lot(String id) {
    LotSummary lot = requireLot(id);
    return new LotDetail(
        lot,
        lots.events(lot.id(), null, Cursors.DEFAULT_LIMIT),
        lots.custodyUp(lot, MAX_TIERS),
        lots.children(lot.id(), null, Cursors.DEFAULT_LIMIT),
        retirements.list(lot.id(), null, Cursors.DEFAULT_LIMIT));
  }

  Page<LotEventView> lotEvents(String id, String after, String limit) {
    Long from = Cursors.sequence(after);
    int n = Cursors.limit(limit);
    return lots.events(requireLot(id).id(), from, n);
  }

  Page<LotSummary> children(String id, String after, String limit) {
    TimeKey from = Cursors.time(after);
    int n = Cursors.limit(limit);
    return lots.children(requireLot(id).id(), from, n);
  }

  Page<RetirementSummary> retirements(String lot, String after, String limit) {
    UUID lotId = lot == null ? null : uuid(lot, "lot");
    return retirements.list(lotId, Cursors.time(after), Cursors.limit(limit));
  }

  RetirementDetail retirement(String id, URI base) {
    Stored r = requireRetirement(id);
    URI certificate = base.resolve("/explorer/api/retirements/" + r.id() + "/certificate");
    return new RetirementDetail(r.summary(), r.certificate(), certificate, verifyUrl(certificate));
  }

  Stored certificate(String id) {
    return requireRetirement(id);
  }

  Page<OrganisationSummary> organisations(String after, String limit) {
    return trust.organisations(Cursors.text(after, after != null), Cursors.limit(limit));
  }

  OrganisationDetail organisation(String id) {
    OrganisationSummary o = requireOrganisation(id);
    return new OrganisationDetail(
        o.id(), o.name(), o.dids(), trust.history(o.id(), null, Cursors.DEFAULT_LIMIT));
  }

  Page<TrustEventView> accreditations(String id, String after, String limit) {
    Long from = Cursors.sequence(after);
    int n = Cursors.limit(limit);
    return trust.history(requireOrganisation(id).id(), from, n);
  }

  Page<AnchorBatchView> anchors(String after, String limit) {
    return anchors.list(Cursors.sequence(after), Cursors.limit(limit));
  }

  TransactionView transaction(String hash) {
    if (!TX_HASH.matcher(hash).matches()) {
      throw Problem.badRequest(
          "invalid-tx-hash", "a transaction hash is 0x and 64 hexadecimal digits");
    }
    String tx = hash.toLowerCase(Locale.ROOT);
    return TransactionView.of(
        tx,
        lots.byTransaction(tx),
        custody.transfersBy(tx),
        custody.allocationsBy(tx),
        custody.claimsBy(tx),
        retirements.byTransaction(tx),
        trust.byTransaction(tx),
        anchors.byTransaction(tx));
  }

  private URI verifyUrl(URI certificate) {
    if (properties.verifierUrl() == null) {
      return null;
    }
    String base = properties.verifierUrl().toString().replaceAll("/+$", "");
    return URI.create(
        base + "/?credential=" + URLEncoder.encode(certificate.toString(), StandardCharsets.UTF_8));
  }

  private LotSummary requireLot(String id) {
    UUID lot = uuid(id, "lot id");
    return lots.find(lot).orElseThrow(() -> Problem.notFound("unknown-lot", "no lot " + lot));
  }

  private Stored requireRetirement(String id) {
    UUID retirement = uuid(id, "retirement id");
    return retirements
        .find(retirement)
        .orElseThrow(() -> Problem.notFound("unknown-retirement", "no retirement " + retirement));
  }

  private OrganisationSummary requireOrganisation(String id) {
    if (id.length() > MAX_QUERY) {
      throw Problem.badRequest("invalid-organisation-id", "an organisation id is short");
    }
    return trust
        .organisation(id)
        .orElseThrow(() -> Problem.notFound("unknown-organisation", "no organisation " + id));
  }

  /** The search text: trimmed, at most 256 characters, no control characters; blank is none. */
  static String query(String q) {
    if (q == null || q.isBlank()) {
      return null;
    }
    String text = q.strip();
    if (text.length() > MAX_QUERY || text.chars().anyMatch(Character::isISOControl)) {
      throw Problem.badRequest(
          "invalid-query", "q is at most " + MAX_QUERY + " characters, without control characters");
    }
    return text;
  }

  private static UUID uuid(String text, String what) {
    UUID id = Rows.urnUuid(text);
    if (id == null) {
      throw Problem.badRequest("invalid-id", what + " must be a UUID");
    }
    return id;
  }
}
