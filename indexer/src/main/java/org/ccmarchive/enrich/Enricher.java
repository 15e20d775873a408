package org.ccmarchive.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  private final RecordFactsExtractor recordFacts;
  private final SpeakerExtractor speakers;
  private final ArticleExtractor articles;
  private final TopicClassifier topics;
  private final DecisionDetector decisions;

  public Enricher(Gazetteer gazetteer, SpeakerPatterns patterns, LanguageDetector languages) {
    this.recordFacts = new RecordFactsExtractor(gazetteer, languages);
    this.speakers = new SpeakerExtractor(gazetteer, patterns);
    this.articles = new ArticleExtractor(patterns);
    this.topics = new TopicClassifier();
    this.decisions = DecisionDetector.english();
  }

  /** English patterns, the shipped gazetteers, language only where obvious. */
  public static Enricher standard() {
    return new Enricher(
        Gazetteer.standard(), SpeakerPatterns.english(), new FunctionWordLanguage());
  }

  public Enrichment enrich(String fileName, List<Passage> passages, Sidecar.Overrides overrides) {
    RecordFacts facts = overrides.apply(recordFacts.extract(fileName, passages));
    List<SpeakerExtractor.Attribution> who = attribute(facts, passages);
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

  private List<SpeakerExtractor.Attribution> attribute(RecordFacts facts, List<Passage> passages) {
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
