package org.ccmarchive.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkerProtocolTest {

  @Test
  void aDocumentWhoseParagraphsCameFromPageGeometryStaysMarkedSoAcrossTheWorker() throws Exception {
    ExtractedDocument sent =
        new ExtractedDocument(
            "application/pdf",
            "PDF",
            Optional.of("Minutes"),
            2,
            List.of(
                new TextBlock(TextBlock.Kind.HEADING, "1. Opening", 1),
                new TextBlock(TextBlock.Kind.PARAGRAPH, "The Chair opened\nthe meeting.", 1)),
            0,
            true);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WorkerProtocol.writeDocument(new DataOutputStream(bytes), sent);
    ExtractedDocument received =
        WorkerProtocol.readResponse(
            new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(received).isEqualTo(sent);
    assertThat(received.laidOut()).isTrue();
  }
}
