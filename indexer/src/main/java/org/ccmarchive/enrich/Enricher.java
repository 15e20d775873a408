package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ccmarchive.language.LanguageIdentifier;
import org.ccmarchive.structure.Passage;

/**
 * The enrichment stage between structure and indexing: record facts first (type, meeting, date,
 * attendance…), then per passage its speakers, articles, topics, mentioned States and decision
 * flag. Stateless and thread-safe; build one and reuse it.
 */
public final class Enricher {

  /** What the stage found: the record's facts and one {@link PassageFacts} per passage. */
  public record Enrichment(RecordFacts record, List<PassageFacts> passages) {
    public Enrichment {
      passages = List.copyOf(passages);
    }
  }

  /** The extractors that read one language's phrasing ("a souligné", "aprobó", "l'article 4"). */
  private record Reading(
      SpeakerExtractor speakers, ArticleExtractor articles, DecisionDetector decisions) {
    static Reading of(Gazetteer gazetteer, List<String> languages) {
      SpeakerPatterns patterns = SpeakerPatterns.load(languages);
      return new Reading(
          new SpeakerExtractor(gazetteer, patterns),
          new ArticleExtractor(patterns),
          new DecisionDetector(languages));
    }
  }

  private final RecordFactsExtractor recordFacts;
  private final TopicClassifier topics;
  private final Map<String, Reading> byLanguage = new HashMap<>();
  private final Reading anyLanguage;

  /**
   * Reads each record with the patterns of its language (of {@code languages}); a record whose
   * language is unknown, or has no patterns, with the patterns of all of them.
   */
  public Enricher(Gazetteer gazetteer, List<String> languages, LanguageDetector detector) {
    this.recordFacts = new RecordFactsExtractor(gazetteer, detector);
    this.topics = new TopicClassifier();
    for (String lang : languages) {
      byLanguage.put(lang, Reading.of(gazetteer, List.of(lang)));
    }
    this.anyLanguage = Reading.of(gazetteer, languages);
  }

  /**
   * English, French and Spanish patterns, the shipped gazetteers, the record's language as Lingua
   * names it (only when sure).
   */
  public static Enricher standard() {
    return new Enricher(
        Gazetteer.standard(), SpeakerPatterns.LANGUAGES, new LanguageIdentifier()::ofRecord);
  }

  public Enrichment enrich(String fileName, List<Passage> passages, Sidecar.Overrides overrides) {
    RecordFacts facts = overrides.apply(recordFacts.extract(fileName, passages));
    Reading reading =
        facts
            .language()
            .map(l -> byLanguage.get(l.toLowerCase(Locale.ROOT).split("-")[0]))
            .orElse(anyLanguage);
    SpeakerExtractor speakers = reading.speakers();
    ArticleExtractor articles = reading.articles();
    DecisionDetector decisions = reading.decisions();
    List<SpeakerExtractor.Attribution> who = attribute(speakers, facts, passages);
    List<PassageFacts> out = new ArrayList<>(passages.size());
    for (int i = 0; i < passages.size(); i++) {
      Passage p = passages.get(i);
      SpeakerExtractor.Attribution a = who.get(i);
      out.add(
          new PassageFacts(
              a.speakers(),
              a.persons(),
              articles.find(p.text(), p.section()),
              p.kind() == Passage.Kind.HEADING ? List.of() : topics.topics(p.text(), p.section()),
              a.mentions(),
              p.kind() != Passage.Kind.HEADING && decisions.isDecision(p.text())));
    }
    return new Enrichment(facts, out);
  }

  private static List<SpeakerExtractor.Attribution> attribute(
      SpeakerExtractor speakers, RecordFacts facts, List<Passage> passages) {
    if (facts.type().filter("minutes"::equals).isEmpty()) {
      return speakers.attributeToAuthors(passages, facts.authors());
    }
    Attendance att = facts.attendance();
    Optional<SpeakerExtractor.Presiding> presiding =
        att.presiding()
            .map(
                d ->
                    new SpeakerExtractor.Presiding(
                        d.name(),
                        PersonDirectory.of(att)
                            .firstAmbassadorOf(d.name())
                            .map(PersonDirectory.Entry::name)));
    return speakers.attribute(passages, att, presiding);
  }
}
