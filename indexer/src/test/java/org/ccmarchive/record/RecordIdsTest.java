package org.ccmarchive.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RecordIdsTest {

  @Test
  void anIdIsThePathLowerCasedWithFoldersJoinedByTilde() {
    assertThat(RecordIds.forPath(Path.of("Minutes", "CC 2019-03 Minutes.DOCX")))
        .isEqualTo("minutes~cc-2019-03-minutes.docx");
  }

  @Test
  void accentsAreDroppedAndOtherUnsafeRunsBecomeOneHyphen() {
    assertThat(RecordIds.forPath(Path.of("Réunion des États (résumé) final!.pdf")))
        .isEqualTo("reunion-des-etats-resume-final-.pdf");
  }

  @Test
  void leadingPunctuationIsDroppedSoTheIdStartsWithALetterOrDigit() {
    assertThat(RecordIds.forPath(Path.of(".hidden", "~note.txt"))).isEqualTo("hidden~~note.txt");
    assertThat(RecordIds.forPath(Path.of("--draft.txt"))).isEqualTo("draft.txt");
    assertThat(RecordIds.isWellFormed(RecordIds.forPath(Path.of("..", "x.txt")))).isTrue();
  }

  @Test
  void theSameFileAlwaysGetsTheSameId() {
    Path file = Path.of("Statements", "Peru – statement (ES).docx");
    assertThat(RecordIds.forPath(file)).isEqualTo(RecordIds.forPath(file));
    assertThat(RecordIds.forPath(file)).isEqualTo("statements~peru-statement-es-.docx");
  }

  @Test
  void aTitleFromAFileNameHasSpacesForItsSeparatorsAndNoExtension() {
    assertThat(RecordIds.titleFromFileName(Path.of("a", "CC_minutes--2019 final.docx")))
        .isEqualTo("CC minutes 2019 final");
  }
}
