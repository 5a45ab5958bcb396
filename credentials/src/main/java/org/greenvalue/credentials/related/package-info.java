/**
 * VC Data Model 2.0 §5.3 Integrity of Related Resources: the {@code relatedResource} property, its
 * shape rules and the digest check of a resource the verifier holds.
 */
package org.greenvalue.credentials.related;
