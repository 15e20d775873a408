package org.ccmarchive.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSymbolsTest {

  @Test
  void citedSymbolsAreFoundInText() {
    assertThat(DocumentSymbols.cited("See CCM/MSP/2024/11 and CCM/CONF/2021/WP.3."))
        .containsExactly("CCM/MSP/2024/11", "CCM/CONF/2021/WP.3");
  }

  @Test
  void aRecordsOwnSymbolStandsAloneAtTheTop() {
    assertThat(DocumentSymbols.ownSymbol(List.of("CCM/CC/2025/MIN.2", "Convention")))
        .contains("CCM/CC/2025/MIN.2");
    assertThat(DocumentSymbols.ownSymbol(List.of("Report", "as in CCM/MSP/2024/11"))).isEmpty();
  }

  @Test
  void symbolShapedQueryWordsAreRecognised() {
    assertThat(DocumentSymbols.looksLikeSymbol("CCM/MSP/2024*")).isTrue();
    assertThat(DocumentSymbols.looksLikeSymbol("CCM/MSP/2024/11")).isTrue();
    assertThat(DocumentSymbols.looksLikeSymbol("and/or")).isFalse();
  }
}
