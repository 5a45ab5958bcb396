package org.greenvalue.registry.status;

/** A list's signed credential at one version, and its entity tag. */
record SignedList(long version, String credential, String etag) {}
