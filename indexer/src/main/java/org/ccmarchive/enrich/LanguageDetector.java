package org.ccmarchive.enrich;

import java.util.Optional;

/**
 * Says which language a record is written in (ISO 639-1). The enrichment stage asks it once per
 * record; the standard enricher asks Lingua ({@code LanguageIdentifier#ofRecord}).
 */
@FunctionalInterface
public interface LanguageDetector {
  Optional<String> detect(String text);
}
