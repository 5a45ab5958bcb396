/**
 * JSON-LD processing over bundled contexts only, in safe mode.
 *
 * <p><b>Contexts.</b> {@link org.greenvalue.credentials.jsonld.BundledContexts} reads {@code
 * org/greenvalue/credentials/contexts/contexts.properties} ({@code <url> = <file>} per line) and
 * parses each file once. To add a vocabulary, drop its file in that folder and add one line. The
 * {@link org.greenvalue.credentials.jsonld.BundledDocumentLoader} refuses every other URL; nothing
 * is fetched. Note that the published credentials v2 context has no {@code @vocab}: every term of a
 * credential must come from a context (or from {@code
 * https://www.w3.org/ns/credentials/undefined-terms/v2}, which maps undefined terms explicitly).
 *
 * <p><b>Safe mode.</b> Titanium has no jsonld.js-style {@code safeMode} flag, but its
 * undefined-terms policy, set to fail, stops expansion at any property name that does not expand to
 * an IRI. It does not look at values, so after expansion {@code DroppedTerms} walks the expanded
 * document and refuses any {@code @type}, {@code @id}, datatype or property that is not an absolute
 * IRI (or blank node id): RDF conversion would silently drop those. Either way the failure names
 * the term.
 */
package org.greenvalue.credentials.jsonld;
