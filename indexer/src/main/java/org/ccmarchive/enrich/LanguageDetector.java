package org.ccmarchive.enrich;

import java.util.Optional;

/**
 * Says which language a record is written in (ISO 639-1). The enrichment stage asks it once per
 * record; a full detector can replace the default {@link FunctionWordLanguage}.
 */
@FunctionalInterface
public interface LanguageDetector {
  Optional<String> detect(String text);
}
