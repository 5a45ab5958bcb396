package org.greenvalue.registry.explorer;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a list read by keyset: {@code next} is the cursor to pass as {@code after} for the
 * following page, null (written, not left out) on the last one.
 */
record Page<T>(List<T> items, @JsonInclude(JsonInclude.Include.ALWAYS) String next) {

  /**
   * The page of {@code rows}, fetched with one row more than {@code limit} to learn whether a next
   * page exists; {@code cursor} gives the cursor after a row.
   */
  static <T> Page<T> of(List<T> rows, int limit, Function<T, String> cursor) {
    if (rows.size() <= limit) {
      return new Page<>(List.copyOf(rows), null);
    }
    List<T> items = List.copyOf(rows.subList(0, limit));
    return new Page<>(items, cursor.apply(items.getLast()));
  }
}
