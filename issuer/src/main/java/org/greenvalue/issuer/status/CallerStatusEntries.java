package org.greenvalue.issuer.status;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenvalue.common.Result;
import org.greenvalue.credentials.json.JsonDocuments;
import org.greenvalue.credentials.status.BitstringStatusListEntry;
import org.greenvalue.registry.client.AllocatedStatus;
import org.greenvalue.registry.client.RegistryClient;
import org.greenvalue.registry.client.RegistryException;
import org.greenvalue.service.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A caller's own {@code credentialStatus} on issue: accepted when each entry is a well-formed
 * {@code BitstringStatusListEntry} that the registry allocated to the issuing organisation, exactly
 * as the registry describes it (list URL, purpose, index, statusSize, statusMessage), at most one
 * per purpose, and not carried by any credential already issued. Anything else is a 422 naming the
 * fault. The index is reserved by the registry's allocation (only the organisation's clients can
 * allocate it) and claimed once by the issuer ({@link StatusClaims}), so no index is carried by two
 * credentials.
 */
@Service
public class CallerStatusEntries {
  private static final Pattern LIST_PATH =
      Pattern.compile(".*/status-lists/(revocation|suspension|message)/([1-9][0-9]{0,17})");

  private final RegistryClient registry;
  private final StatusClaims claims;

  CallerStatusEntries(RegistryClient registry, StatusClaims claims) {
    this.registry = registry;
    this.claims = claims;
  }

  /** The caller's entries as taken entries; empty when the credential has no credentialStatus. */
  public List<TakenEntry> check(JsonObject credential, String organisation) {
    JsonValue value = credential.get("credentialStatus");
    if (value == null) {
      return List.of();
    }
    List<JsonValue> items = value instanceof JsonArray array ? List.copyOf(array) : List.of(value);
    if (items.isEmpty()) {
      throw invalid("credentialStatus must not be empty");
    }
    List<TakenEntry> entries = new ArrayList<>();
    var purposes = new HashSet<String>();
    for (JsonValue item : items) {
      if (!(item instanceof JsonObject object)) {
        throw invalid("every credentialStatus entry must be an object");
      }
      TakenEntry entry = checkOne(object, organisation);
      if (!purposes.add(entry.purpose())) {
        throw invalid("credentialStatus has two " + entry.purpose() + " entries");
      }
      entries.add(entry);
    }
    return entries;
  }

  private TakenEntry checkOne(JsonObject json, String organisation) {
    Result<BitstringStatusListEntry> parsed = BitstringStatusListEntry.parse(json);
    if (!parsed.succeeded()) {
      throw invalid("credentialStatus is not a BitstringStatusListEntry: " + parsed.reason());
    }
    BitstringStatusListEntry entry = parsed.value();
    String purpose = entry.statusPurpose().wireName();
    Matcher path = listPath(entry.statusListCredential());
    if (!path.matches() || !path.group(1).equals(purpose)) {
      throw invalid(
          entry.statusListCredential() + " is not a " + purpose + " list of the registry");
    }
    long listId = Long.parseLong(path.group(2));
    int index = entry.statusListIndex();
    AllocatedStatus allocated = allocated(purpose, listId, index);
    if (!organisation.equals(allocated.organisation())) {
      throw invalid(
          "index "
              + index
              + " of "
              + entry.statusListCredential()
              + " was allocated to another organisation");
    }
    BitstringStatusListEntry registered =
        BitstringStatusListEntry.parse(
                JsonDocuments.parseObject(allocated.credentialStatus()).value())
            .orElseThrow(reason -> new IllegalStateException("registry entry: " + reason));
    sameEntry(entry, registered);
    if (claims.claimed(listId, index)) {
      throw invalid(
          "index " + index + " of " + entry.statusListCredential() + " is already in use");
    }
    return new TakenEntry(purpose, listId, index, JsonDocuments.write(json));
  }

  private AllocatedStatus allocated(String purpose, long listId, int index) {
    Optional<AllocatedStatus> allocated;
    try {
      allocated = registry.statusEntry(purpose, listId, index);
    } catch (RegistryException.Unavailable e) {
      throw Problem.unavailable(
          "registry-unavailable",
          "the registry is unreachable, so credentialStatus cannot be checked; nothing was issued");
    } catch (RegistryException.Refused e) {
      if (e.problem().status() == HttpStatus.FORBIDDEN.value()) {
        throw invalid(
            "index " + index + " of list " + listId + " was allocated to another organisation");
      }
      throw invalid("the registry refused the entry: " + e.problem().detail());
    }
    return allocated.orElseThrow(
        () ->
            invalid(
                "index " + index + " of " + purpose + " list " + listId + " was never allocated"));
  }

  private static void sameEntry(
      BitstringStatusListEntry given, BitstringStatusListEntry registered) {
    if (!given.statusListCredential().equals(registered.statusListCredential())) {
      throw invalid(
          "statusListCredential "
              + given.statusListCredential()
              + " is not the registry's "
              + registered.statusListCredential());
    }
    if (given.statusSize() != registered.statusSize()) {
      throw invalid(
          "statusSize "
              + given.statusSize()
              + " does not match the list's statusSize "
              + registered.statusSize());
    }
    if (!given.statusMessages().equals(registered.statusMessages())) {
      throw invalid("statusMessage does not match the messages the list was allocated with");
    }
  }

  private static Matcher listPath(URI url) {
    return LIST_PATH.matcher(url.getPath() == null ? "" : url.getPath());
  }

  private static Problem invalid(String detail) {
    return Problem.invalid("invalid-credential-status", detail);
  }
}
