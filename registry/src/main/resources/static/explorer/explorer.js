// Green Value Registry explorer: a hash-routed page over the public /explorer/api. Everything is
// built with DOM calls and textContent (no HTML from data), and fetched from this origin only.
"use strict";

(function () {
  const API = "/explorer/api";
  const view = document.getElementById("view");
  const title = document.getElementById("title");
  const status = document.getElementById("status");

  // --- small DOM helpers ---------------------------------------------------------------------
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined) {
        node.setAttribute(name, value);
      }
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function link(href, text, attributes) {
    return el("a", Object.assign({ href: href }, attributes || {}), text);
  }

  function lotLink(id) {
    return id ? link("#/lot/" + encodeURIComponent(id), id, { class: "mono" }) : "—";
  }

  function txLink(ledger) {
    if (!ledger || !ledger.txHash) return "—";
    return link("#/tx/" + encodeURIComponent(ledger.txHash), short(ledger.txHash), {
      class: "tx-link mono",
      "aria-label": "transaction " + ledger.txHash,
      title: ledger.txHash,
    });
  }

  function short(hash) {
    return hash.length > 20 ? hash.slice(0, 10) + "…" + hash.slice(-8) : hash;
  }

  function tonnes(quantity) {
    return quantity === null || quantity === undefined ? "—" : quantity + " t";
  }

  function time(instant) {
    return instant ? instant.replace("T", " ").replace("Z", " UTC") : "—";
  }

  function period(p) {
    return p ? time(p.start) + " to " + time(p.end) : "—";
  }

  function block(ledger) {
    return ledger && ledger.blockNumber !== null && ledger.blockNumber !== undefined
      ? String(ledger.blockNumber)
      : "pending";
  }

  // A table with a caption, column headers (scope=col) and a row header (scope=row) per row.
  function table(id, caption, headers, rows) {
    const head = el("tr", {}, headers.map((h) => el("th", { scope: "col" }, h)));
    const body = rows.map((cells) =>
      el(
        "tr",
        {},
        cells.map((cell, i) => {
          const cls = cell && cell.number ? "number" : null;
          const content = cell && cell.number ? cell.number : cell;
          return i === 0 ? el("th", { scope: "row" }, content) : el("td", { class: cls }, content);
        })
      )
    );
    if (rows.length === 0) {
      body.push(el("tr", {}, el("td", { colspan: String(headers.length) }, "None.")));
    }
    return el("table", { id: id }, el("caption", {}, caption), el("thead", {}, head), el("tbody", {}, body));
  }

  function facts(id, pairs) {
    return el(
      "dl",
      { class: "facts", id: id },
      pairs.map(([term, value]) => [el("dt", {}, term), el("dd", {}, value)])
    );
  }

  function pager(route, params, next) {
    if (!next) return null;
    const query = new URLSearchParams(params);
    query.set("after", next);
    return el("p", { class: "pager" }, link("#/" + route + "?" + query, "Next page", { rel: "next", class: "next-page" }));
  }

  // --- data ------------------------------------------------------------------------------------
  async function get(path) {
    const response = await fetch(API + path, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(body.detail || body.title || "request failed (" + response.status + ")");
    }
    return body;
  }

  function query(params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v) q.set(k, v);
    }
    const text = q.toString();
    return text ? "?" + text : "";
  }

  // --- views -----------------------------------------------------------------------------------
  function lotRows(items) {
    return items.map((lot) => [
      lotLink(lot.id),
      lot.owner,
      lot.projectId,
      lot.facilityId,
      { number: tonnes(lot.quantity) },
      { number: tonnes(lot.available) },
      time(lot.createdAt),
    ]);
  }

  const LOT_HEADERS = ["Lot", "Owner", "Project", "Facility", "Quantity", "Available", "Recorded"];

  async function lots(params) {
    setTitle("Lots");
    const input = el("input", {
      id: "search-q",
      name: "q",
      type: "search",
      value: params.get("q") || "",
      "aria-describedby": "search-hint",
      autocomplete: "off",
    });
    const form = el(
      "form",
      { class: "search", id: "search-form", role: "search" },
      el("div", {}, el("label", { for: "search-q" }, "Lot id, organisation, project or facility"), input),
      el("button", { type: "submit", id: "search-button" }, "Search")
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      location.hash = "#/lots" + query({ q: input.value.trim() });
    });
    const hint = el("p", { class: "hint", id: "search-hint" }, "An exact lot id, or an organisation, project or facility id. Empty lists every lot, newest first.");
    show(form, hint);
    const page = await get("/lots" + query({ q: params.get("q"), after: params.get("after") }));
    view.append(
      table("lots", params.get("q") ? "Lots matching " + params.get("q") : "All lots, newest first", LOT_HEADERS, lotRows(page.items)),
      pager("lots", { q: params.get("q") || "" }, page.next)
    );
  }

  async function lot(id) {
    setTitle("Lot " + id);
    const d = await get("/lots/" + encodeURIComponent(id));
    const l = d.lot;
    const history = table(
      "history",
      "History, oldest first",
      ["Event", "Quantity", "Counterparty", "Time", "Block", "Transaction"],
      d.history.items.map((e) => [
        e.kind,
        { number: tonnes(e.quantity) },
        e.retirementId ? link("#/retirement/" + e.retirementId, "retirement " + e.retirementId, { class: "mono" }) : e.counterparty || "—",
        time(e.ledger && e.ledger.blockTime),
        block(e.ledger),
        txLink(e.ledger),
      ])
    );
    const up = d.custodyUp.length === 0
      ? el("p", { id: "custody-up" }, "Minted here: this lot is the root of its custody path.")
      : el(
          "ol",
          { class: "custody", id: "custody-up" },
          d.custodyUp.map((p, i) =>
            el("li", {}, (i === d.custodyUp.length - 1 && !p.parentId ? "minted root " : "from ") , lotLink(p.id), " held by " + p.owner + ", " + tonnes(p.quantity))
          )
        );
    const down = table("custody-down", "Lots transferred out of this lot", ["Lot", "Owner", "Quantity", "Recorded"],
      d.children.items.map((c) => [lotLink(c.id), c.owner, { number: tonnes(c.quantity) }, time(c.createdAt)]));
    const retired = table("lot-retirements", "Retirements of this lot", ["Retirement", "Quantity", "Beneficiary", "Reason", "Claim period", "Transaction"],
      d.retirements.items.map((r) => [
        link("#/retirement/" + r.id, r.id, { class: "mono" }),
        { number: tonnes(r.quantity) },
        r.beneficiary,
        r.reason || r.purpose,
        period(r.claimPeriod),
        txLink(r.ledger),
      ]));
    show(
      facts("lot-facts", [
        ["Owner", l.owner],
        ["Project", l.projectId],
        ["Facility", l.facilityId],
        ["Reduction period", time(l.periodStart) + " to " + time(l.periodEnd)],
        ["Quantity", tonnes(l.quantity)],
        ["Available", tonnes(l.available)],
        ["Allocated", tonnes(l.allocated)],
        ["Transferred", tonnes(l.transferred)],
        ["Retired", tonnes(l.retired)],
        ["Minted from credential", el("code", {}, l.credentialDigest)],
        ["Lot on chain", el("code", {}, l.chainLotId)],
      ]),
      el("h2", { id: "history-heading" }, "History"),
      history,
      d.history.next ? el("p", { class: "pager" }, "Older events continue at ", link(API + "/lots/" + l.id + "/events?after=" + encodeURIComponent(d.history.next), "the next page of the history")) : null,
      el(
        "section",
        { id: "custody", "aria-labelledby": "custody-heading" },
        el("h2", { id: "custody-heading" }, "Chain of custody"),
        el("h3", {}, "Up: where this lot came from"),
        up,
        el("h3", {}, "Down: where it went"),
        down
      ),
      el("h2", {}, "Retirements"),
      retired
    );
  }

  async function retirements(params) {
    setTitle("Retirements");
    const page = await get("/retirements" + query({ after: params.get("after") }));
    show(
      table("retirements", "Retirements, newest first", ["Retirement", "Lot", "Quantity", "Beneficiary", "Reason", "Retired by", "Time", "Transaction"],
        page.items.map((r) => [
          link("#/retirement/" + r.id, r.id, { class: "mono" }),
          lotLink(r.lotId),
          { number: tonnes(r.quantity) },
          r.beneficiary,
          r.reason || r.purpose,
          r.retiredBy || "—",
          time(r.retiredAt),
          txLink(r.ledger),
        ])),
      pager("retirements", {}, page.next)
    );
  }

  async function retirement(id) {
    setTitle("Retirement " + id);
    const d = await get("/retirements/" + encodeURIComponent(id));
    const r = d.retirement;
    const actions = el(
      "p",
      { class: "actions" },
      link(d.certificateUrl, "Download the certificate", { id: "download-certificate", download: "retirement-certificate-" + r.id + ".json" }),
      d.verifyUrl ? link(d.verifyUrl, "Verify it with the verifier", { id: "verify-link", rel: "noopener" }) : null
    );
    show(
      facts("retirement-facts", [
        ["Lot", lotLink(r.lotId)],
        ["Quantity", tonnes(r.quantity)],
        ["Beneficiary", r.beneficiary],
        ["Reason", r.reason || "—"],
        ["Purpose", r.purpose || "—"],
        ["Claim period", period(r.claimPeriod)],
        ["Retired by", r.retiredBy || "—"],
        ["Retired at", time(r.retiredAt)],
        ["Block", block(r.ledger)],
        ["Transaction", txLink(r.ledger)],
      ]),
      actions,
      el("h2", {}, "Certificate"),
      el("pre", { class: "mono", id: "certificate", tabindex: "0", "aria-label": "certificate JSON" }, JSON.stringify(d.certificate, null, 2))
    );
  }

  async function trust(params) {
    setTitle("Trust list");
    const page = await get("/organisations" + query({ after: params.get("after") }));
    show(
      el("p", {}, "Registered organisations and the DIDs they sign as. Open one for its accreditation history."),
      table("organisations", "Organisations", ["Organisation", "Name", "DIDs"],
        page.items.map((o) => [link("#/organisation/" + encodeURIComponent(o.id), o.id), o.name, o.dids.length ? o.dids.join(", ") : "—"])),
      pager("trust", {}, page.next)
    );
  }

  async function organisation(id) {
    setTitle("Organisation " + id);
    const d = await get("/organisations/" + encodeURIComponent(id));
    show(
      facts("organisation-facts", [["Name", d.name], ["DIDs", d.dids.length ? d.dids.join(", ") : "—"]]),
      table("accreditations", "Accreditation history, oldest first", ["Event", "DID", "Credential type", "Role", "Status", "Valid", "Reason", "Block time", "Transaction"],
        d.accreditations.items.map((e) => [
          e.kind,
          el("code", {}, e.did),
          e.credentialType,
          e.role || "—",
          e.status,
          e.validFrom ? time(e.validFrom) + " to " + time(e.validUntil) : "—",
          e.reason || "—",
          time(e.ledger && e.ledger.blockTime),
          txLink(e.ledger),
        ]))
    );
  }

  async function anchors(params) {
    setTitle("Anchors");
    const page = await get("/anchors" + query({ after: params.get("after") }));
    show(
      table("anchors", "Anchored batches, newest first", ["Batch", "Digests", "Merkle root", "Block", "Block time", "Transaction"],
        page.items.map((b) => [String(b.id), { number: String(b.size) }, el("code", {}, short(b.root)), block(b.ledger), time(b.ledger.blockTime), txLink(b.ledger)])),
      pager("anchors", {}, page.next)
    );
  }

  const RECORDED = {
    MINT: "mint",
    TRANSFER: "transfer",
    ALLOCATION: "allocation",
    CLAIM: "claim",
    LOT_RETIREMENT: "lot retirement",
    ALLOCATION_RETIREMENT: "allocation retirement",
    BULK_RETIREMENT: "bulk retirement",
    ACCREDITATION: "accreditation",
    STATUS_CHANGE: "status change",
    ANCHOR: "anchor",
  };

  async function tx(hash) {
    setTitle("Transaction " + short(hash));
    const d = await get("/tx/" + encodeURIComponent(hash));
    const lists = [d.lotEvents, d.transfers, d.allocations, d.claims, d.retirements, d.trustEvents, d.anchorBatches];
    const count = lists.reduce((n, list) => n + list.length, 0);
    const recorded = d.recorded.length ? d.recorded.map((k) => RECORDED[k] || k).join(", ") : "nothing the registry wrote";
    show(
      facts("tx-facts", [["Hash", el("code", {}, d.txHash)], ["Recorded", recorded], ["Registry records", String(count)]]),
      table("tx-lot-events", "Lot events", ["Event", "Lot", "Quantity", "Block", "Block time"],
        d.lotEvents.map((e) => [e.kind, lotLink(e.lotId), { number: tonnes(e.quantity) }, block(e.ledger), time(e.ledger.blockTime)])),
      table("tx-transfers", "Transfers", ["Transfer", "From lot", "To lot", "From", "To", "Quantity", "Delivery reference"],
        d.transfers.map((t) => [el("code", {}, t.id), lotLink(t.lotId), lotLink(t.childLotId), t.from, t.to, { number: tonnes(t.quantity) }, t.deliveryReference])),
      table("tx-allocations", "Allocations", ["Allocation", "Lot", "Product batch", "Site", "Period", "Quantity"],
        d.allocations.map((a) => [el("code", {}, a.id), lotLink(a.lotId), a.productBatchId, a.siteId, period(a.period), { number: tonnes(a.quantity) }])),
      table("tx-claims", "Claims on allocations", ["Credential", "Allocation", "Quantity"],
        d.claims.map((c) => [el("code", {}, c.credentialId), el("code", {}, c.allocationId), { number: tonnes(c.quantity) }])),
      table("tx-retirements", "Retirements", ["Retirement", "Lot", "Allocation", "Quantity", "Beneficiary"],
        d.retirements.map((r) => [link("#/retirement/" + r.id, r.id, { class: "mono" }), lotLink(r.lotId), r.allocationId ? el("code", {}, r.allocationId) : "—", { number: tonnes(r.quantity) }, r.beneficiary])),
      table("tx-trust-events", "Trust events", ["Event", "DID", "Credential type", "Status"],
        d.trustEvents.map((e) => [e.kind, el("code", {}, e.did), e.credentialType, e.status])),
      table("tx-anchor-batches", "Anchor batches", ["Batch", "Digests", "Merkle root", "Block"],
        d.anchorBatches.map((b) => [String(b.id), { number: String(b.size) }, el("code", {}, short(b.root)), block(b.ledger)]))
    );
  }

  // --- routing ---------------------------------------------------------------------------------
  function setTitle(text) {
    title.textContent = text;
    document.title = text + " · Green Value Registry explorer";
  }

  function show(...nodes) {
    view.replaceChildren(...nodes.filter((n) => n !== null && n !== undefined));
  }

  function current(route) {
    for (const a of document.querySelectorAll("nav a[data-route]")) {
      if (a.dataset.route === route) a.setAttribute("aria-current", "page");
      else a.removeAttribute("aria-current");
    }
  }

  async function route(event) {
    const hash = location.hash || "#/lots";
    if (!hash.startsWith("#/")) return; // e.g. the skip link's #main: not a route
    const [path, search] = hash.slice(2).split("?");
    const params = new URLSearchParams(search || "");
    const [name, ...rest] = path.split("/");
    const arg = decodeURIComponent(rest.join("/"));
    const routes = {
      lots: () => lots(params),
      "": () => lots(params),
      lot: () => lot(arg),
      retirements: () => retirements(params),
      retirement: () => retirement(arg),
      trust: () => trust(params),
      organisation: () => organisation(arg),
      anchors: () => anchors(params),
      tx: () => tx(arg),
    };
    const nav = { lot: "lots", "": "lots", retirement: "retirements", organisation: "trust", tx: "anchors" };
    current(nav[name] || name);
    status.textContent = "Loading…";
    document.body.setAttribute("aria-busy", "true");
    try {
      if (!routes[name]) throw new Error("no such page: " + hash);
      await routes[name]();
      status.textContent = "";
    } catch (error) {
      show(el("p", { class: "error", id: "error", role: "alert" }, error.message));
      status.textContent = "";
    } finally {
      document.body.removeAttribute("aria-busy");
      document.body.dataset.loaded = hash;
      if (event) {
        title.focus(); // after navigating: the new page's heading, where a keyboard user continues
      }
    }
  }

  window.addEventListener("hashchange", route);
  route();
})();
