package org.ccmarchive.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Convention's articles as the records discuss them: mentions, speakers, decisions. */
final class ArticleViews {

  private final Snapshot snapshot;
  private final PassageViews views;
  private final ConventionArticles articles;

  ArticleViews(Snapshot snapshot, PassageViews views, ConventionArticles articles) {
    this.snapshot = snapshot;
    this.views = views;
    this.articles = articles;
  }

  Optional<ArticleProfile> article(int number) {
    return articles
        .title(number)
        .map(
            title -> {
              String label = ConventionArticles.label(number);
              List<IndexedPassage> mentions =
                  Tallies.newestFirst(snapshot.referringTo(label).stream());
              return new ArticleProfile(
                  number,
                  title,
                  mentions.size(),
                  Tallies.timeline(mentions),
                  Tallies.top(mentions, IndexedPassage::speakers),
                  views.views(
                      mentions.stream().filter(IndexedPassage::decision).limit(Tallies.TOP)),
                  views.views(mentions.stream().limit(Tallies.LIST_LIMIT)));
            });
  }

  /** Mentions per article, for the index of articles: every article, mentioned or not. */
  List<Count> articleCounts() {
    List<Count> counts = new ArrayList<>();
    for (int n = 1; n <= articles.count(); n++) {
      String label = ConventionArticles.label(n);
      counts.add(new Count(label, snapshot.referringTo(label).size()));
    }
    return counts;
  }
}
