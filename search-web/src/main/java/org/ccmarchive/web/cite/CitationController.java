package org.ccmarchive.web.cite;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccmarchive.search.ArchiveIndex;
import org.ccmarchive.search.PassageHit;
import org.ccmarchive.search.RecordDetail;
import org.ccmarchive.search.RecordSummary;
import org.ccmarchive.web.api.ExportController;
import org.ccmarchive.web.common.Params;
import org.ccmarchive.web.common.PublicBase;
import org.ccmarchive.web.common.Refusal;
import org.ccmarchive.web.records.RecordController;

/**
 * References for reference managers: {@code GET /doc/{id}/cite.ris} and {@code /doc/{id}/cite.json}
 * (one record, or with {@code ?p=<ordinal>} one paragraph of it), and {@code GET /api/export.ris}
 * and {@code /api/export.csl.json} (the records of a result set, with the search parameters of the
 * other exports; each record pinned to its matching paragraphs).
 */
public final class CitationController {

  private final ArchiveIndex search;
  private final ObjectMapper json;
  private final PublicBase publicBase;

  /** References link back to {@code publicBase}. */
  public CitationController(ArchiveIndex search, ObjectMapper json, PublicBase publicBase) {
    this.search = search;
    this.json = json;
    this.publicBase = publicBase;
  }

  public void recordRis(Context ctx) {
    ris(ctx, List.of(cited(ctx)), "ccm-" + ctx.pathParam("id") + ".ris");
  }

  public void recordJson(Context ctx) throws Exception {
    CitableRecord r = cited(ctx);
    Object body =
        r.pinpoints().isEmpty()
            ? CslJson.items(List.of(r))
            : CslJson.citation(r, r.pinpoints().getFirst());
    cslJson(ctx, body, "ccm-" + r.id() + ".json");
  }

  public void exportRis(Context ctx) {
    ris(ctx, resultSet(ctx), "ccm-archive-export.ris");
  }

  public void exportCslJson(Context ctx) throws Exception {
    cslJson(ctx, CslJson.items(resultSet(ctx)), "ccm-archive-export.json");
  }

  private static void ris(Context ctx, List<CitableRecord> records, String file) {
    ctx.contentType(Ris.MEDIA_TYPE + "; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    ctx.result(Ris.write(records));
  }

  private void cslJson(Context ctx, Object body, String file) throws Exception {
    ctx.contentType(CslJson.MEDIA_TYPE + "; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
    ctx.result(json.writeValueAsString(body));
  }

  /** The record the path names, pinned to the paragraph {@code ?p=} names, if any. */
  private CitableRecord cited(Context ctx) {
    String id = RecordController.knownId(ctx);
    RecordDetail detail =
        search.record(id, "").orElseThrow(() -> Refusal.notFound("error.no-record", id));
    String p = ctx.queryParam("p");
    List<PassageHit> pinned =
        p == null || p.isBlank()
            ? List.of()
            : List.of(RecordController.passage(detail, Params.paragraph(p.strip())));
    return CitableRecord.of(detail.record(), detail.passages(), pinned, publicBase.of(ctx));
  }

  /**
   * The records of the result set in result order (at most {@link ExportController#MAX_ROWS}
   * passages read, as the other exports), each pinned to its matching paragraphs.
   */
  private List<CitableRecord> resultSet(Context ctx) {
    Map<String, RecordSummary> records = new LinkedHashMap<>();
    Map<String, List<PassageHit>> passages = new LinkedHashMap<>();
    search.export(
        Params.searchRequest(ctx),
        ExportController.MAX_ROWS,
        row -> {
          records.putIfAbsent(row.record().id(), row.record());
          passages.computeIfAbsent(row.record().id(), k -> new ArrayList<>()).add(row.passage());
        });
    String base = publicBase.of(ctx);
    return records.values().stream()
        .map(r -> CitableRecord.of(r, passages.get(r.id()), passages.get(r.id()), base))
        .toList();
  }
}
