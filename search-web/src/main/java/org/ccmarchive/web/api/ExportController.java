package org.ccmarchive.web.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ccmarchive.search.ArchiveIndex;
import org.ccmarchive.search.ExportRow;
import org.ccmarchive.search.SearchRequest;
import org.ccmarchive.web.common.Params;
import org.ccmarchive.web.common.PublicBase;

/**
 * {@code GET /api/export.csv?…} and {@code GET /api/export.json?…} (the search parameters): the
 * current result set, one row per passage, written as it is read. At most {@link #MAX_ROWS} rows; a
 * larger set is cut and says so in a last CSV row and in the JSON's {@code truncated}/{@code
 * message} fields (the search page also says it next to the export links).
 */
public final class ExportController {

  public static final int MAX_ROWS = 5000;

  static final List<String> COLUMNS =
      List.of(
          "record",
          "title",
          "meeting",
          "date",
          "type",
          "speakers",
          "articles",
          "paragraph",
          "page",
          "decision",
          "text",
          "url",
          "language");

  private static final CsvMapper CSV = new CsvMapper();
  private static final CsvSchema CSV_SCHEMA =
      CsvSchema.builder()
          .addColumns(COLUMNS, CsvSchema.ColumnType.STRING)
          .setUseHeader(true)
          .setLineSeparator("\r\n")
          .build();

  private final ArchiveIndex search;
  private final ObjectMapper json;
  private final PublicBase publicBase;

  /** {@code publicBase}: the site's address, so each row's {@code url} opens from anywhere. */
  public ExportController(ArchiveIndex search, ObjectMapper json, PublicBase publicBase) {
    this.search = search;
    this.json = json;
    this.publicBase = publicBase;
  }

  public void csv(Context ctx) throws IOException {
    SearchRequest request = Params.searchRequest(ctx);
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"ccm-archive-export.csv\"");
    OutputStream out = ctx.outputStream();
    // A byte-order mark so spreadsheet programs read the file as UTF-8.
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (SequenceWriter csv = CSV.writer(CSV_SCHEMA).writeValues(w)) {
      String base = publicBase.of(ctx);
      long total = search.export(request, MAX_ROWS, row -> csv.write(cells(values(row, base))));
      if (total > MAX_ROWS) {
        csv.write(truncatedRow(total));
      }
    }
  }

  /**
   * Cells as text; one that a spreadsheet would run as a formula (= + - @ first) gets a leading
   * apostrophe, the usual guard against formula injection from document text.
   */
  private static List<String> cells(List<Object> values) {
    return values.stream()
        .map(ExportController::cell)
        .map(s -> !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s)
        .toList();
  }

  private static String cell(Object v) {
    return switch (v) {
      case null -> "";
      case Boolean b -> b ? "yes" : "";
      case List<?> l -> String.join("; ", l.stream().map(String::valueOf).toList());
      default -> String.valueOf(v);
    };
  }

  private static List<Object> truncatedRow(long total) {
    Object[] row = new Object[COLUMNS.size()];
    java.util.Arrays.fill(row, "");
    row[0] = "(export truncated)";
    row[COLUMNS.indexOf("text")] = truncatedMessage(total);
    return java.util.Arrays.asList(row);
  }

  static String truncatedMessage(long total) {
    return "This export holds the first "
        + MAX_ROWS
        + " of "
        + total
        + " passages. Narrow the search with filters to export the rest.";
  }

  public void json(Context ctx) throws IOException {
    SearchRequest request = Params.searchRequest(ctx);
    ctx.contentType("application/json; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"ccm-archive-export.json\"");
    String base = publicBase.of(ctx);
    JsonGenerator g = json.getFactory().createGenerator(ctx.outputStream());
    g.writeStartObject();
    g.writeStringField("query", request.query());
    g.writeArrayFieldStart("rows");
    long total =
        search.export(
            request,
            MAX_ROWS,
            row -> {
              g.writeStartObject();
              List<Object> v = values(row, base);
              for (int i = 0; i < COLUMNS.size(); i++) {
                g.writeFieldName(COLUMNS.get(i));
                g.writeObject(v.get(i));
              }
              g.writeEndObject();
            });
    g.writeEndArray();
    g.writeNumberField("total_passages", total);
    g.writeNumberField("exported", Math.min(total, MAX_ROWS));
    g.writeBooleanField("truncated", total > MAX_ROWS);
    if (total > MAX_ROWS) {
      g.writeStringField("message", truncatedMessage(total));
    }
    g.writeEndObject();
    g.flush();
  }

  /** One row in {@link #COLUMNS} order; absent values are null, lists stay lists (JSON). */
  private static List<Object> values(ExportRow row, String base) {
    var r = row.record();
    var p = row.passage();
    return java.util.Arrays.asList(
        r.id(),
        r.title(),
        r.meeting().orElse(null),
        r.date().orElse(null),
        r.type().orElse(null),
        p.speakers(),
        p.articles(),
        p.paragraph().orElse(null),
        p.page().orElse(null),
        p.decision(),
        p.text(),
        base + "/doc/" + r.id() + "#" + p.anchor(),
        p.language());
  }
}
