package org.ccmarchive.enrich;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccmarchive.structure.Passage;

/**
 * The presiding State as a record states it, when neither its attendance list nor the calendar of
 * meetings says it: a short line naming a presiding office and one State ("Austria – 9MSP
 * President"), an office followed by its holder ("the CCM President, Ambassador N. N. of Austria"),
 * or a nationality before the office ("the Austrian Presidency").
 */
final class PresidencyFinder {

  /** The presidency is named in a record's opening, if at all. */
  private static final int OPENING_PASSAGES = 60;

  /** A line this short naming an office and one State names the office's holder. */
  private static final int SHORT_LINE = 120;

  private final Gazetteer gazetteer;
  private final SpeakerReferences references;
  private final Pattern presidingWord;
  private final Pattern holderOf;

  PresidencyFinder(Gazetteer gazetteer, SpeakerReferences references, SpeakerVocabulary v) {
    this.gazetteer = gazetteer;
    this.references = references;
    List<String> offices =
        v.patterns.presiding().stream().filter(w -> !v.patterns.honorifics().contains(w)).toList();
    this.presidingWord =
        Pattern.compile(
            "(?:[\\p{Lu}\\d][\\p{Lu}\\p{N}]{1,7}\\s+)?(?:"
                + SpeakerPatterns.alternation(offices.isEmpty() ? List.of("President") : offices)
                + ")(?![\\p{L}])",
            SpeakerVocabulary.FLAGS);
    this.holderOf =
        Pattern.compile(
            "^(?:\\s*,\\s*[^,;:()]{0,60}?)?(?:\\s*\\(|\\s+" + v.of + "\\s*)(?:" + v.the + ")?",
            SpeakerVocabulary.FLAGS);
  }

  Optional<SpeakerExtractor.Presiding> find(List<Passage> passages) {
    int n = 0;
    for (Passage p : passages) {
      if (n++ > OPENING_PASSAGES) {
        break;
      }
      String text = p.text();
      Matcher m = presidingWord.matcher(text);
      while (m.find()) {
        List<String> named = references.states(text);
        if (text.length() < SHORT_LINE && named.size() == 1) {
          return presides(named.getFirst());
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 90));
        Matcher holder = holderOf.matcher(after);
        if (holder.lookingAt()) {
          Optional<Gazetteer.Match> state = references.stateAt(after, holder.end());
          if (state.isPresent()) {
            return presides(state.get().entity().name());
          }
        }
        for (Gazetteer.Match g : gazetteer.find(text)) {
          boolean before = g.end() <= m.start() && text.substring(g.end(), m.start()).isBlank();
          boolean behind = g.start() >= m.end() && text.substring(m.end(), g.start()).isBlank();
          if (g.entity().kind() == Gazetteer.Kind.STATE && (before || behind)) {
            return presides(g.entity().name());
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<SpeakerExtractor.Presiding> presides(String state) {
    return Optional.of(new SpeakerExtractor.Presiding(state, Optional.empty()));
  }
}
