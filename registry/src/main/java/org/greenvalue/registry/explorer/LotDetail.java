package org.greenvalue.registry.explorer;

import java.util.List;

/**
 * A lot with its history and its custody path.
 *
 * @param history its events, oldest first (the first page; more with {@code /events?after=})
 * @param custodyUp the lot it came from, that lot's parent, ... up to the minted root
 * @param children the lots transferred out of it, oldest first (the first page)
 * @param retirements its retirements, newest first (the first page)
 */
record LotDetail(
    LotSummary lot,
    Page<LotEventView> history,
    List<LotSummary> custodyUp,
    Page<LotSummary> children,
    Page<RetirementSummary> retirements) {}
