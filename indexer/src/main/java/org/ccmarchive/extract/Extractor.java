package org.ccmarchive.extract;

import java.nio.file.Path;

/** Reads one file into text blocks; implementations differ in where and how safely they parse. */
public interface Extractor {

  ExtractedDocument extract(Path file) throws ExtractionException;
}
