package org.greenvalue.credentials.dataintegrity.sd;

import jakarta.json.JsonObject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.greenvalue.common.Result;

/**
 * A document's canonical, relabelled statements split by groups of JSON pointers (vc-di-ecdsa
 * §3.4.10 "canonicalizeAndGroup"): the document is skolemized so that each group's selection names
 * the same nodes, every statement is canonicalized and relabelled once, and each group's selection
 * marks the statements it matches by their index in the canonical order.
 */
final class StatementGroups {

  /**
   * One group.
   *
   * @param matching canonical index → N-Quad of the statements the group's pointers select
   * @param nonMatching the other statements
   * @param deskolemized the selection's own statements, with their input blank node labels
   */
  record Group(
      SortedMap<Integer, String> matching,
      SortedMap<Integer, String> nonMatching,
      List<Statement> deskolemized) {}

  /**
   * @param labelMap each input blank node label to its new label
   * @param nquads every statement, canonical, relabelled and sorted
   * @param groups by name
   */
  record Grouped(Map<String, String> labelMap, List<String> nquads, Map<String, Group> groups) {}

  private StatementGroups() {}

  @SuppressWarnings("unchecked")
  static Result<Grouped> of(
      JsonObject document,
      Function<Map<String, String>, Result<Map<String, String>>> labelMapFactory,
      Map<String, List<String>> pointerGroups) {
    var skolemizing = Skolemizer.skolemize(document);
    if (!skolemizing.succeeded()) {
      return Result.failure(skolemizing.reason());
    }
    var skolemized = skolemizing.value();
    var all = Statements.of((JsonObject) JsonTree.toJson(skolemized));
    if (!all.succeeded()) {
      return Result.failure(all.reason());
    }
    var labelled = Statements.canonicalize(all.value(), labelMapFactory);
    if (!labelled.succeeded()) {
      return Result.failure(labelled.reason());
    }
    Map<String, Group> groups = new LinkedHashMap<>();
    for (var entry : pointerGroups.entrySet()) {
      var group = group(skolemized, entry.getValue(), labelled.value());
      if (!group.succeeded()) {
        return Result.failure(group.reason());
      }
      groups.put(entry.getKey(), group.value());
    }
    return Result.success(
        new Grouped(labelled.value().labelMap(), labelled.value().nquads(), groups));
  }

  private static Result<Group> group(
      Map<String, Object> skolemized, List<String> pointers, Statements.Labelled labelled) {
    List<Statement> selected = List.of();
    if (!pointers.isEmpty()) {
      var selection = JsonPointerSelection.select(skolemized, pointers);
      if (!selection.succeeded()) {
        return Result.failure(selection.reason());
      }
      var statements = Statements.of((JsonObject) JsonTree.toJson(selection.value()));
      if (!statements.succeeded()) {
        return Result.failure("the selection cannot be expanded: " + statements.reason());
      }
      selected = statements.value();
    }
    Set<String> selectedNQuads;
    try {
      selectedNQuads = new HashSet<>(Statements.write(selected, labelled.labelMap()));
    } catch (Exception e) {
      return Result.failure("the selection names a node the document does not have");
    }
    SortedMap<Integer, String> matching = new TreeMap<>();
    SortedMap<Integer, String> nonMatching = new TreeMap<>();
    List<String> nquads = labelled.nquads();
    for (int i = 0; i < nquads.size(); i++) {
      (selectedNQuads.contains(nquads.get(i)) ? matching : nonMatching).put(i, nquads.get(i));
    }
    return Result.success(new Group(matching, nonMatching, selected));
  }
}
