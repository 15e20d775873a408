package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ccmarchive.data.TsvFile;

/** The record type, by the ordered rules of {@code record-types.tsv} on file name and opening. */
public final class RecordTypeClassifier {

  private record Rule(String type, Pattern pattern) {}

  private final List<Rule> rules = new ArrayList<>();

  public RecordTypeClassifier() {
    for (String[] row : TsvFile.rows(RecordTypeClassifier.class, "record-types.tsv")) {
      rules.add(
          new Rule(
              row[0],
              Pattern.compile(
                  row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE)));
    }
  }

  /** The first rule matching the file name wins; else the first matching the opening lines. */
  public Optional<String> classify(String fileName, String opening) {
    String name = fileName.replaceAll("[-_]+", " ");
    for (Rule r : rules) {
      if (r.pattern.matcher(name).find()) {
        return Optional.of(r.type);
      }
    }
    for (Rule r : rules) {
      if (r.pattern.matcher(opening).find()) {
        return Optional.of(r.type);
      }
    }
    return Optional.empty();
  }
}
