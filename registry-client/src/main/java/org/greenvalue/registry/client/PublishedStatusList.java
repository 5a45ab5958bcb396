package org.greenvalue.registry.client;

/**
 * A revocation or suspension list as the registry publishes it, read by its holder: the {@code
 * credentialSubject.encodedList} of its signed {@code BitstringStatusListCredential} (the registry
 * is the caller's own, reached over an authenticated channel, so the list's proof is not checked
 * here). The encoded list changes exactly when a status in it does.
 */
public record PublishedStatusList(String purpose, long listId, String encodedList) {}
