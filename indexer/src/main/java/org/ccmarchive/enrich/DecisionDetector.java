package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ccmarchive.data.TsvFile;

/**
 * Flags passages that record a decision or agreement ("The Committee reviewed and approved the
 * minutes", "the agenda was adopted", "it was decided", "Le Comité a approuvé", "El Comité
 * acordó"), from the phrase list {@code decisions.<lang>.tsv}. Proposals, negations and future
 * tense ("to be adopted by the 12MSP") are not decisions.
 */
public final class DecisionDetector {

  private final List<Pattern> yes = new ArrayList<>();
  private final List<Pattern> no = new ArrayList<>();

  public DecisionDetector(List<String> languages) {
    for (String lang : languages) {
      for (String[] row : TsvFile.rows(DecisionDetector.class, "decisions." + lang + ".tsv")) {
        Pattern p =
            Pattern.compile(
                row[1],
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        (row[0].equals("no") ? no : yes).add(p);
      }
    }
  }

  public static DecisionDetector english() {
    return new DecisionDetector(List.of("en"));
  }

  public boolean isDecision(String text) {
    for (String sentence : Sentences.split(text)) {
      if (yes.stream().anyMatch(p -> p.matcher(sentence).find())
          && no.stream().noneMatch(p -> p.matcher(sentence).find())) {
        return true;
      }
    }
    return false;
  }
}
