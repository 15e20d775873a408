package org.ccmarchive.search;

/** One passage of an exported result set, with the record facts a spreadsheet needs. */
public record ExportRow(RecordSummary record, PassageHit passage) {}
