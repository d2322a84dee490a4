package com.privacydesk.report;

import com.privacydesk.app.port.LetterRenderer;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Letters as US Letter PDFs (PDFBox, standard Helvetica: subject in bold, the body wrapped, a
 * footer with the case and template on every page) and as unsent email drafts (Jakarta Mail: the
 * text as the body, the PDF attached, {@code X-Unsent: 1} so mail clients open it for editing).
 */
public final class PdfLetterRenderer implements LetterRenderer {
  private static final float MARGIN = 72;
  private static final float BODY = 11;
  private static final float LEADING = 15;
  private static final float SUBJECT = 13;
  private static final float FOOTER = 8;

  @Override
  public byte[] pdf(Letter letter) {
    try (PDDocument doc = new PDDocument()) {
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(letter.subject());
      info.setCreator("PrivacyDesk");
      new Pages(doc, letter.footer()).write(letter);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fills pages top to bottom, starting a new one (with the footer) when the text reaches it. */
  private static final class Pages {
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDDocument doc;
    private final String footer;
    private PDPageContentStream cs;
    private int page;
    private float y;

    Pages(PDDocument doc, String footer) {
      this.doc = doc;
      this.footer = footer;
    }

    void write(Letter letter) throws IOException {
      newPage();
      float width = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
      for (String line : PdfText.lines(letter.subject(), bold, SUBJECT, width)) {
        line(line, bold, SUBJECT);
      }
      y -= LEADING;
      for (String paragraph : letter.body().split("\n", -1)) {
        if (paragraph.isBlank()) {
          y -= LEADING;
          continue;
        }
        for (String line : PdfText.lines(paragraph.strip(), regular, BODY, width)) {
          line(line, regular, BODY);
        }
      }
      cs.close();
    }

    private void line(String text, PDType1Font font, float size) throws IOException {
      if (y < MARGIN + 2 * LEADING) {
        cs.close();
        newPage();
      }
      cs.beginText();
      cs.setFont(font, size);
      cs.newLineAtOffset(MARGIN, y);
      cs.showText(PdfText.sanitize(font, text));
      cs.endText();
      y -= size == BODY ? LEADING : size + 4;
    }

    private void newPage() throws IOException {
      PDPage p = new PDPage(PDRectangle.LETTER);
      doc.addPage(p);
      page++;
      cs = new PDPageContentStream(doc, p);
      cs.beginText();
      cs.setFont(regular, FOOTER);
      cs.newLineAtOffset(MARGIN, MARGIN / 2);
      cs.showText(PdfText.sanitize(regular, footer + " · page " + page));
      cs.endText();
      y = PDRectangle.LETTER.getHeight() - MARGIN;
    }
  }

  @Override
  public byte[] emailDraft(Letter letter, byte[] pdf, String pdfName) {
    try {
      MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
      message.setFrom(new InternetAddress(letter.from()));
      if (letter.to() != null) {
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, letter.to());
      }
      message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
      message.setHeader("X-Unsent", "1");
      MimeBodyPart text = new MimeBodyPart();
      text.setText(letter.body(), StandardCharsets.UTF_8.name());
      MimeBodyPart attachment = new MimeBodyPart();
      attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
      attachment.setFileName(pdfName);
      message.setContent(new MimeMultipart(text, attachment));
      message.saveChanges();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      message.writeTo(out, List.of("Message-ID").toArray(String[]::new));
      return out.toByteArray();
    } catch (MessagingException e) {
      throw new IllegalStateException("The email draft could not be written", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
