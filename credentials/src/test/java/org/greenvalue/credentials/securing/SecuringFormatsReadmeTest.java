package org.greenvalue.credentials.securing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenvalue.credentials.keys.KeyType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's table of securing formats says what {@link SecuringFormats} says: one row per known
 * label and no other, each with its key types and whether it is issued. Tests run in the module's
 * directory, so the README is {@code ../README.md}.
 */
class SecuringFormatsReadmeTest {

  private static final Path README = Path.of("../README.md");
  private static final String HEADING = "### Securing formats and cryptosuites";
  private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
  private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");

  /** The table's rows by their format label. */
  private static Map<String, Row> rows;

  record Row(String label, List<KeyType> keyTypes, String issue, String verify) {}

  @BeforeAll
  static void readTable() throws IOException {
    rows = parse(Files.readAllLines(README));
  }

  @Test
  void everyKnownFormatHasItsRow() {
    assertThat(rows.keySet())
        .containsExactlyElementsOf(
            SecuringFormats.all().stream().map(SecuringFormats.Known::label).toList());
  }

  @Test
  void everyIssuableFormatIsIssuedWithTheKeyTypesTheRegistryGives() {
    for (SecuringFormat format : SecuringFormat.values()) {
      Row row = rows.get(format.label());
      assertThat(row).as("README row for %s", format.label()).isNotNull();
      assertThat(row.keyTypes())
          .as("key types of %s", format.label())
          .containsExactlyInAnyOrderElementsOf(format.keyTypes());
      assertThat(row.issue()).as("issue column of %s", format.label()).isEqualTo("yes");
      assertThat(row.verify()).as("verify column of %s", format.label()).isEqualTo("yes");
    }
  }

  @Test
  void everyKnownFormatHasItsKeyTypesAndIssueColumn() {
    for (SecuringFormats.Known known : SecuringFormats.all()) {
      Row row = rows.get(known.label());
      assertThat(row).as("README row for %s", known.label()).isNotNull();
      assertThat(row.keyTypes())
          .as("key types of %s", known.label())
          .containsExactlyInAnyOrderElementsOf(known.keyTypes());
      assertThat(row.issue())
          .as("issue column of %s", known.label())
          .isEqualTo(known.issuable() ? "yes" : "no");
    }
  }

  @Test
  void theRegistryAgreesWithTheEnum() {
    assertThat(SecuringFormats.all().stream().filter(SecuringFormats.Known::issuable))
        .extracting(SecuringFormats.Known::label)
        .containsExactlyElementsOf(SecuringFormat.labels());
    assertThat(SecuringFormat.labelList()).isEqualTo(String.join(", ", SecuringFormat.labels()));
  }

  /** The table under the heading: its header names the columns, each row's format is one label. */
  static Map<String, Row> parse(List<String> lines) {
    int at = lines.indexOf(HEADING);
    assertThat(at).as("README has the heading %s", HEADING).isNotNegative();
    var table = new ArrayList<List<String>>();
    for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("|")) {
        table.add(cells(line));
      } else if (!table.isEmpty() && !line.isEmpty()) {
        break;
      }
    }
    assertThat(table).as("a table under %s", HEADING).hasSizeGreaterThan(2);
    List<String> header = table.get(0);
    int format = column(header, "format");
    int keys = column(header, "keys");
    int issue = column(header, "issue");
    int verify = column(header, "verify");
    var rows = new LinkedHashMap<String, Row>();
    for (List<String> cells : table.subList(2, table.size())) {
      Matcher label = CODE_SPAN.matcher(cells.get(format));
      assertThat(label.matches())
          .as("the format cell '%s' is one label in backticks", cells.get(format))
          .isTrue();
      var row =
          new Row(label.group(1), keyTypes(cells.get(keys)), cells.get(issue), cells.get(verify));
      assertThat(rows.put(row.label(), row)).as("one row for %s", row.label()).isNull();
    }
    return rows;
  }

  private static List<String> cells(String line) {
    String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
    return Arrays.stream(UNESCAPED_PIPE.split(inner, -1)).map(String::strip).toList();
  }

  private static int column(List<String> header, String name) {
    int index = header.indexOf(name);
    assertThat(index).as("a '%s' column in %s", name, header).isNotNegative();
    return index;
  }

  /** Key types by curve name, comma-separated: {@code Ed25519, P-256}; any other word fails. */
  private static List<KeyType> keyTypes(String cell) {
    return Arrays.stream(cell.split(","))
        .map(String::strip)
        .map(
            curve ->
                Arrays.stream(KeyType.values())
                    .filter(type -> type.curve().equals(curve))
                    .findFirst()
                    .orElseThrow(
                        () -> new AssertionError("not a key type in the keys column: " + curve)))
        .toList();
  }
}
