package org.ccmarchive.memory;

import java.util.function.Function;

/**
 * The knowledge base's views over one {@link Snapshot}, one per feature; the text of the passages
 * shown is read through {@code texts}. Pure aggregation over passage facts; made per request, so
 * what a view reads once (heading roles) is read once per request.
 */
record KnowledgeBase(
    DecisionViews decisions,
    DelegationViews delegations,
    ArticleViews articles,
    MeetingViews meetings,
    PersonViews people,
    PassageViews passages) {

  static KnowledgeBase over(
      Snapshot snapshot, Function<IndexedPassage, String> texts, ConventionArticles articles) {
    PassageViews views = new PassageViews(snapshot, texts);
    return new KnowledgeBase(
        new DecisionViews(snapshot, views),
        new DelegationViews(snapshot, views),
        new ArticleViews(snapshot, views, articles),
        new MeetingViews(snapshot, views),
        new PersonViews(snapshot, views),
        views);
  }
}
