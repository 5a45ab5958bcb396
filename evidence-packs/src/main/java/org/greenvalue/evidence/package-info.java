/**
 * Evidence packs: ZIP archives of evidence files with a {@code manifest.json} whose salted entries
 * form a Merkle tree, so a credential can commit to the pack and a holder can later disclose some
 * files with inclusion proofs.
 *
 * <p>Entry points: {@link org.greenvalue.evidence.build.PackBuilder} seals a pack, {@link
 * org.greenvalue.evidence.PackVerifier} checks a full or disclosed pack, {@link
 * org.greenvalue.evidence.SafeUnpacker} extracts one only if it verifies, and {@link
 * org.greenvalue.evidence.disclosure.PackDisclosure} derives a selective disclosure.
 */
package org.greenvalue.evidence;
