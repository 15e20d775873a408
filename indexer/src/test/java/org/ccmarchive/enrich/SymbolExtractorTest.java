package org.ccmarchive.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SymbolExtractorTest {

  private final SymbolExtractor symbols = new SymbolExtractor();

  @Test
  void symbolsAreFoundAndTrailingPunctuationDropped() {
    assertThat(
            symbols.find(
                "1 CCM/MSP/2024/11, paragraph 87; see CCM/CONF/2021/6. and A/78/32 Resolution"))
        .containsExactly("CCM/MSP/2024/11", "CCM/CONF/2021/6", "A/78/32");
  }

  @Test
  void suffixesAreNormalised() {
    assertThat(
            symbols.find("ccm/msp/2025/wp. 4 and CCM/MSP/2024/11/REV.1 and CCM/MSP/2023/2/add.2"))
        .containsExactly("CCM/MSP/2025/WP.4", "CCM/MSP/2024/11/Rev.1", "CCM/MSP/2023/2/Add.2");
    assertThat(SymbolExtractor.normalise("CCM/MSP/2024/11/corr. 1"))
        .isEqualTo("CCM/MSP/2024/11/Corr.1");
  }

  @Test
  void slashesInOrdinaryTextAreNotSymbols() {
    assertThat(symbols.find("a task force/ informal working group, and/or the 2024/2025 plan"))
        .isEmpty();
  }
}
