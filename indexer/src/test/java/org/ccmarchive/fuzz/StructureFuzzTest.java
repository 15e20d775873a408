package org.ccmarchive.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmarchive.enrich.Enricher;
import org.ccmarchive.enrich.Sidecar;
import org.ccmarchive.extract.ExtractedDocument;
import org.ccmarchive.extract.TextBlock;
import org.ccmarchive.structure.Passage;
import org.ccmarchive.structure.PassageBuilder;

/**
 * The structure and enrichment stages over random text blocks (any text, kinds and pages): they
 * never throw, every passage built has text and a position, and enrichment describes every passage.
 */
class StructureFuzzTest {

  private final PassageBuilder builder = new PassageBuilder();
  private final Enricher enricher = Enricher.standard();

  @FuzzTest(maxDuration = "2m")
  void passageBuilderAcceptsAnyText(FuzzedDataProvider data) {
    int count = data.consumeInt(0, 40);
    List<TextBlock> blocks = new ArrayList<>();
    for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
      TextBlock.Kind kind = data.pickValue(TextBlock.Kind.values());
      int page = data.consumeInt(0, 50);
      blocks.add(new TextBlock(kind, data.consumeString(2_000), page));
    }
    String format = data.pickValue(new String[] {"PDF", "DOCX", "HTML", "TXT"});
    ExtractedDocument doc =
        new ExtractedDocument("application/octet-stream", format, Optional.empty(), 50, blocks);
    List<Passage> passages = builder.build(doc);
    int last = 0;
    for (Passage p : passages) {
      if (p.text() == null || p.text().isBlank()) {
        throw new AssertionError("passage without text: " + p);
      }
      if (p.ordinal() <= last) {
        throw new AssertionError("ordinals out of order at " + p);
      }
      last = p.ordinal();
    }
    Enricher.Enrichment facts =
        enricher.enrich(
            data.consumeRemainingAsString() + ".docx", passages, new Sidecar.Overrides(Map.of()));
    if (facts.passages().size() != passages.size()) {
      throw new AssertionError(
          "enrichment described "
              + facts.passages().size()
              + " of "
              + passages.size()
              + " passages");
    }
  }
}
