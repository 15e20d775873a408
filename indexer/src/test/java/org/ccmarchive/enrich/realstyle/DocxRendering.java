package org.ccmarchive.enrich.realstyle;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Renders a real-style source as a word processor would save it: headings in the built-in Heading
 * styles, list items as numbered list paragraphs with a bullet, table rows as one table, centred
 * title lines, page-header lines in the page header, the title in the document properties.
 */
final class DocxRendering {

  private DocxRendering() {}

  static Path write(RealStyleSource source, Path dir) throws IOException {
    Path out = dir.resolve(source.file() + ".docx");
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream os = Files.newOutputStream(out)) {
      String title = source.fact("title");
      if (title != null) {
        doc.getProperties().getCoreProperties().setTitle(title);
      }
      XWPFStyles styles = doc.createStyles();
      style(styles, "Heading1", "heading 1");
      style(styles, "Heading2", "heading 2");
      style(styles, "ListParagraph", "List Paragraph");
      BigInteger bullets = bulletNumbering(doc);
      List<RealStyleSource.Line> body = source.body();
      XWPFHeader header = null;
      XWPFTable table = null;
      for (RealStyleSource.Line line : body) {
        if (line.form() != RealStyleSource.Form.TABLE_ROW) {
          table = null;
        }
        switch (line.form()) {
          case PAGE_HEADER -> {
            if (header == null) {
              header = doc.createHeader(HeaderFooterType.DEFAULT);
            }
            XWPFParagraph p = header.createParagraph();
            p.setAlignment(ParagraphAlignment.RIGHT);
            p.createRun().setText(line.text());
          }
          case HEADING, SUBHEADING -> {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(line.form() == RealStyleSource.Form.HEADING ? "Heading1" : "Heading2");
            XWPFRun r = p.createRun();
            r.setBold(true);
            r.setFontSize(line.form() == RealStyleSource.Form.HEADING ? 14 : 12);
            r.setText(line.text());
          }
          case BULLET -> {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("ListParagraph");
            p.setNumID(bullets);
            p.createRun().setText(line.text());
          }
          case CENTRED -> {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.createRun().setText(line.text());
          }
          case TABLE_ROW -> {
            XWPFTableRow row;
            if (table == null) {
              table = doc.createTable(1, line.cells().size());
              row = table.getRow(0);
            } else {
              row = table.createRow();
            }
            for (int c = 0; c < line.cells().size(); c++) {
              while (row.getTableCells().size() <= c) {
                row.addNewTableCell();
              }
              row.getCell(c).setText(line.cells().get(c));
            }
          }
          case PARAGRAPH -> {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            p.createRun().setText(line.text());
          }
        }
      }
      doc.write(os);
    }
    return out;
  }

  private static void style(XWPFStyles styles, String id, String name) {
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId(id);
    ct.setType(STStyleType.PARAGRAPH);
    ct.addNewName().setVal(name);
    ct.addNewBasedOn().setVal("Normal");
    styles.addStyle(new XWPFStyle(ct, styles));
  }

  private static BigInteger bulletNumbering(XWPFDocument doc) {
    CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
    abs.setAbstractNumId(BigInteger.ZERO);
    CTLvl lvl = abs.addNewLvl();
    lvl.setIlvl(BigInteger.ZERO);
    lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
    lvl.addNewLvlText().setVal("•");
    lvl.addNewStart().setVal(BigInteger.ONE);
    XWPFNumbering numbering = doc.createNumbering();
    BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
    return numbering.addNum(absId);
  }
}
