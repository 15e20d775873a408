package org.ccmarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class FieldQueryTest {

  private static Query term(String field, String text) {
    return new TermQuery(new Term(field, text));
  }

  @Test
  void clausesOnOtherFieldsAreDropped() {
    Query q =
        new BooleanQuery.Builder()
            .add(term("text_en", "clearanc"), Occur.SHOULD)
            .add(new PhraseQuery("text_fr", "assistanc", "victim"), Occur.SHOULD)
            .add(new BoostQuery(term("text_neutral", "clearance"), 0.5f), Occur.SHOULD)
            .build();

    assertThat(FieldQuery.of(q, "text_en")).contains(term("text_en", "clearanc"));
    assertThat(FieldQuery.of(q, "text_fr"))
        .contains(new PhraseQuery("text_fr", "assistanc", "victim"));
    assertThat(FieldQuery.of(q, "text_neutral"))
        .contains(new BoostQuery(term("text_neutral", "clearance"), 0.5f));
  }

  @Test
  void requiredClausesBecomeOptionalAndExclusionsAreDropped() {
    Query q =
        new BooleanQuery.Builder()
            .add(term("text_en", "stockpil"), Occur.MUST)
            .add(new PrefixQuery(new Term("text_en", "peru")), Occur.MUST)
            .add(term("text_en", "leban"), Occur.MUST_NOT)
            .add(term("speaker", "Norway"), Occur.FILTER)
            .build();

    Query expected =
        new BooleanQuery.Builder()
            .add(term("text_en", "stockpil"), Occur.SHOULD)
            .add(new PrefixQuery(new Term("text_en", "peru")), Occur.SHOULD)
            .build();
    assertThat(FieldQuery.of(q, "text_en")).contains(expected);
  }

  @Test
  void aQueryWithNothingOnTheFieldHasNoPart() {
    Query q =
        new BooleanQuery.Builder()
            .add(term("speaker", "Australia"), Occur.MUST)
            .add(term("text_es", "victim"), Occur.SHOULD)
            .build();

    assertThat(FieldQuery.of(q, "text_en")).isEmpty();
  }
}
