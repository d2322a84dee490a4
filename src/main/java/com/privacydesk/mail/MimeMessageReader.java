package com.privacydesk.mail;

import com.privacydesk.app.port.MessageReader;
import com.privacydesk.app.port.ReadMessage;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * Reads messages with Jakarta Mail: lenient about what mail in the wild does (8-bit UTF-8 headers,
 * missing charsets, broken parts), strict that the bytes are an email at all. Attachments are
 * counted, never kept; an HTML-only message becomes text with jsoup.
 */
public final class MimeMessageReader implements MessageReader {
  /** The most text kept of one message; the rest is cut with a note. */
  public static final int MAX_TEXT = 100_000;

  private final Session session;

  public MimeMessageReader() {
    Properties props = new Properties();
    props.setProperty("mail.mime.allowutf8", "true");
    props.setProperty("mail.mime.address.strict", "false");
    props.setProperty("mail.mime.decodetext.strict", "false");
    props.setProperty("mail.mime.parameters.strict", "false");
    this.session = Session.getInstance(props);
  }

  @Override
  public ReadMessage read(byte[] raw) {
    MimeMessage m;
    try {
      m = new MimeMessage(session, new ByteArrayInputStream(raw));
    } catch (MessagingException e) {
      throw new NotAnEmailException("its header could not be read");
    }
    String from;
    String messageId;
    String dateHeader;
    String[] received;
    try {
      from = firstAddress(m);
      messageId = m.getMessageID();
      dateHeader = m.getHeader("Date", null);
      received = m.getHeader("Received");
    } catch (MessagingException e) {
      throw new NotAnEmailException("its header could not be read");
    }
    if (from == null && messageId == null && dateHeader == null && received == null) {
      throw new NotAnEmailException("it has no From:, Date:, Message-ID: or Received: header");
    }
    List<String> to = recipients(m);
    String subject = subject(m);
    Instant sent = date(dateHeader);
    Instant topReceived =
        received == null || received.length == 0 ? null : receivedTime(received[0]);
    Body body = new Body();
    boolean malformed = false;
    try {
      body.walk(m);
    } catch (MessagingException | IOException | RuntimeException e) {
      malformed = true;
    }
    String text = malformed ? "" : body.text();
    return new ReadMessage(
        clip(messageId, 998),
        clip(from, 254),
        to,
        clip(subject, 500),
        clip(dateHeader, 200),
        sent,
        topReceived,
        text,
        !malformed && body.plain == null && body.html != null,
        body.attachments,
        malformed);
  }

  private static @Nullable String clip(@Nullable String s, int max) {
    if (s == null) {
      return null;
    }
    String one = s.replaceAll("[\\r\\n\\t]+", " ").strip();
    return one.length() <= max ? one : one.substring(0, max);
  }

  private static @Nullable String firstAddress(MimeMessage m) throws MessagingException {
    try {
      Address[] from = m.getFrom();
      if (from != null && from.length > 0 && from[0] instanceof InternetAddress a) {
        return a.getAddress();
      }
    } catch (jakarta.mail.internet.AddressException e) {
      // fall through to the raw header
    }
    String raw = m.getHeader("From", ",");
    return raw == null ? null : decode(raw);
  }

  private static List<String> recipients(MimeMessage m) {
    List<String> out = new ArrayList<>();
    for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
      try {
        Address[] list = m.getRecipients(type);
        if (list != null) {
          for (Address a : list) {
            if (a instanceof InternetAddress ia && ia.getAddress() != null) {
              out.add(ia.getAddress());
            }
          }
        }
      } catch (MessagingException e) {
        // an unreadable recipient list leaves the message undesignated, nothing more
      }
    }
    String delivered = null;
    try {
      delivered = m.getHeader("Delivered-To", null);
    } catch (MessagingException e) {
      // as above
    }
    if (delivered != null && !delivered.isBlank()) {
      out.add(delivered.strip());
    }
    return out;
  }

  private static @Nullable String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      try {
        String raw = m.getHeader("Subject", null);
        return raw == null ? null : decode(raw);
      } catch (MessagingException e2) {
        return null;
      }
    }
  }

  private static String decode(String header) {
    try {
      return MimeUtility.decodeText(MimeUtility.unfold(header));
    } catch (java.io.UnsupportedEncodingException e) {
      return header;
    }
  }

  private static @Nullable Instant date(@Nullable String header) {
    if (header == null) {
      return null;
    }
    try {
      Date d = new MailDateFormat().parse(header.strip());
      return d == null ? null : d.toInstant();
    } catch (ParseException e) {
      return null;
    }
  }

  /** The time after the last ';' of a Received: header (RFC 5321 §4.4). */
  static @Nullable Instant receivedTime(String received) {
    String unfolded = MimeUtility.unfold(received);
    int semi = unfolded.lastIndexOf(';');
    return semi < 0 ? null : date(unfolded.substring(semi + 1));
  }

  /** Walks the MIME tree: the first plain text, else the first HTML, and the attachments. */
  private static final class Body {
    @Nullable String plain;
    @Nullable String html;
    int attachments;

    void walk(Part p) throws MessagingException, IOException {
      String disposition = p.getDisposition();
      boolean attached =
          Part.ATTACHMENT.equalsIgnoreCase(disposition)
              || (p.getFileName() != null && !p.isMimeType("multipart/*"));
      if (p.isMimeType("multipart/*")) {
        Object content = p.getContent();
        if (content instanceof Multipart mp) {
          for (int i = 0; i < mp.getCount(); i++) {
            BodyPart part = mp.getBodyPart(i);
            walk(part);
          }
        }
      } else if (attached || p.isMimeType("message/rfc822")) {
        attachments++;
      } else if (p.isMimeType("text/plain")) {
        if (plain == null) {
          plain = partText(p);
        }
      } else if (p.isMimeType("text/html")) {
        if (html == null) {
          html = partText(p);
        }
      } else if (!(p instanceof MimeMessage)) {
        attachments++;
      }
    }

    String text() {
      String t;
      if (plain != null) {
        t = plain;
      } else if (html != null) {
        t = htmlToText(html);
      } else {
        t = "";
      }
      t = t.replace("\r\n", "\n").strip();
      return t.length() <= MAX_TEXT ? t : t.substring(0, MAX_TEXT) + "\n[… shortened]";
    }
  }

  /** A text part's characters; an unknown charset is read as UTF-8, leniently. */
  private static String partText(Part p) throws MessagingException, IOException {
    try {
      Object content = p.getContent();
      if (content instanceof String s) {
        return s;
      }
    } catch (java.io.UnsupportedEncodingException e) {
      // an unknown charset name: read the bytes as UTF-8 below
    }
    try (InputStream in = p.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** HTML as readable text: block ends become line breaks, tags and scripts go. */
  static String htmlToText(String html) {
    Document doc = Jsoup.parse(html);
    doc.outputSettings(new Document.OutputSettings().prettyPrint(false));
    doc.select("script, style, head").remove();
    doc.select("br").after("\\n");
    doc.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote").before("\\n\\n");
    String cleaned =
        Jsoup.clean(
            doc.html().replace("\\n", "\n"),
            "",
            Safelist.none(),
            new Document.OutputSettings().prettyPrint(false));
    String text = org.jsoup.parser.Parser.unescapeEntities(cleaned, false);
    return text.replaceAll("[ \\t\\x0B\\f]+", " ")
        .replaceAll(" *\n *", "\n")
        .replaceAll("\n{3,}", "\n\n");
  }
}
