package org.greenvalue.registry.dids;

/**
 * Who may register versions of a DID's document: a client of the organisation that holds the DID.
 * The one place that decision is made for this feature.
 */
public interface DidWriters {

  /**
   * Returns when the client may register versions for the DID.
   *
   * @throws org.greenvalue.service.problem.Problem 403 when it may not (nothing is written then)
   */
  void requireMayWrite(String clientId, String did);
}
