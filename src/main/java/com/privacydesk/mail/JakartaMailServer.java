package com.privacydesk.mail;

import com.privacydesk.app.port.MailServer;
import com.privacydesk.app.port.MailServerException;
import com.privacydesk.app.port.MailServerException.Reason;
import com.privacydesk.app.port.MessageReader;
import com.privacydesk.app.port.ReadMessage;
import com.privacydesk.domain.mail.MailboxSettings;
import com.privacydesk.domain.mail.Security;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.Transport;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.jspecify.annotations.Nullable;

/**
 * IMAP and SMTP with Jakarta Mail: TLS from the first byte or STARTTLS (required, never falling
 * back to clear text), the server's certificate checked against the host name, time-outs on every
 * socket. Messages are read without marking them seen.
 */
public final class JakartaMailServer implements MailServer {
  /** The folder handled messages are moved to. */
  public static final String HANDLED = "PrivacyDesk";

  private static final String TIMEOUT_MS = "30000";

  private final @Nullable SSLSocketFactory sockets;
  private final boolean checkServerIdentity;
  private final MessageReader reader;

  /**
   * @param sockets the TLS sockets to use, or null for the JDK's own (the system trust store); a
   *     test passes one that trusts its own server
   * @param checkServerIdentity whether the certificate must name the host (always, but in tests)
   */
  public JakartaMailServer(
      @Nullable SSLSocketFactory sockets, boolean checkServerIdentity, MessageReader reader) {
    this.sockets = sockets;
    this.checkServerIdentity = checkServerIdentity;
    this.reader = reader;
  }

  private Session session(String protocol, Security security, String host, int port) {
    Properties p = new Properties();
    String k = "mail." + protocol + ".";
    p.setProperty(k + "host", host);
    p.setProperty(k + "port", Integer.toString(port));
    p.setProperty(k + "connectiontimeout", "15000");
    p.setProperty(k + "timeout", TIMEOUT_MS);
    p.setProperty(k + "writetimeout", TIMEOUT_MS);
    p.setProperty(k + "ssl.checkserveridentity", Boolean.toString(checkServerIdentity));
    if (security == Security.STARTTLS) {
      p.setProperty(k + "starttls.enable", "true");
      p.setProperty(k + "starttls.required", "true");
    } else {
      p.setProperty(k + "ssl.enable", "true");
    }
    if (sockets != null) {
      p.put(k + "ssl.socketFactory", sockets);
    }
    if (protocol.startsWith("smtp")) {
      p.setProperty(k + "auth", "true");
    } else {
      p.setProperty(k + "peek", "true");
    }
    return Session.getInstance(p);
  }

  private static String server(String host, int port) {
    return host + ":" + port;
  }

  private static String imapProtocol(MailboxSettings box) {
    return box.imapSecurity() == Security.TLS ? "imaps" : "imap";
  }

  @Override
  public Inbox open(MailboxSettings box, String password) {
    String where = server(box.imapHost(), box.imapPort());
    String protocol = imapProtocol(box);
    Store store = null;
    try {
      store =
          session(protocol, box.imapSecurity(), box.imapHost(), box.imapPort()).getStore(protocol);
      store.connect(box.imapHost(), box.imapPort(), box.account(), password);
      Folder folder = store.getFolder(box.folder());
      if (!folder.exists()) {
        throw new FolderNotFoundException(folder, box.folder());
      }
      folder.open(Folder.READ_WRITE);
      return new JakartaInbox(store, folder, where);
    } catch (MessagingException | RuntimeException e) {
      closeQuietly(store);
      throw translate(e, where);
    }
  }

  @Override
  public void checkSmtp(MailboxSettings box, String password) {
    String host = box.smtpHost();
    if (host == null) {
      return;
    }
    String where = server(host, box.smtpPort());
    String protocol = box.smtpSecurity() == Security.TLS ? "smtps" : "smtp";
    try (Transport t =
        session(protocol, box.smtpSecurity(), host, box.smtpPort()).getTransport(protocol)) {
      t.connect(host, box.smtpPort(), box.account(), password);
    } catch (MessagingException | RuntimeException e) {
      throw translate(e, where);
    }
  }

  @Override
  public String send(MailboxSettings box, String password, Outgoing out) {
    String host = java.util.Objects.requireNonNull(box.smtpHost(), "no SMTP server");
    String where = server(host, box.smtpPort());
    String protocol = box.smtpSecurity() == Security.TLS ? "smtps" : "smtp";
    Session session = session(protocol, box.smtpSecurity(), host, box.smtpPort());
    // the Message-ID names the sender's domain, not this workstation's host name
    session.getProperties().setProperty("mail.from", String.valueOf(box.senderAddress()));
    try {
      MimeMessage m = new MimeMessage(session);
      m.setFrom(
          new InternetAddress(
              java.util.Objects.requireNonNull(box.senderAddress()),
              box.senderName(),
              StandardCharsets.UTF_8.name()));
      m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(out.to(), true));
      m.setSubject(out.subject(), StandardCharsets.UTF_8.name());
      @SuppressWarnings("JavaUtilDate") // Jakarta Mail's API; the time is the service's clock
      java.util.Date date = java.util.Date.from(out.date());
      m.setSentDate(date);
      MimeBodyPart text = new MimeBodyPart();
      text.setText(out.body(), StandardCharsets.UTF_8.name());
      MimeBodyPart pdf = new MimeBodyPart();
      pdf.setDataHandler(
          new jakarta.activation.DataHandler(
              new ByteArrayDataSource(out.attachment(), "application/pdf")));
      pdf.setFileName(out.attachmentName());
      pdf.setDisposition(jakarta.mail.Part.ATTACHMENT);
      MimeMultipart mixed = new MimeMultipart("mixed");
      mixed.addBodyPart(text);
      mixed.addBodyPart(pdf);
      m.setContent(mixed);
      for (Map.Entry<String, String> h : out.headers().entrySet()) {
        m.setHeader(h.getKey(), h.getValue());
      }
      m.saveChanges();
      try (Transport t = session.getTransport(protocol)) {
        t.connect(host, box.smtpPort(), box.account(), password);
        t.sendMessage(m, m.getAllRecipients());
      }
      return m.getMessageID();
    } catch (MessagingException | IOException | RuntimeException e) {
      throw translate(e, where);
    }
  }

  private static void closeQuietly(@Nullable Store store) {
    if (store != null) {
      try {
        store.close();
      } catch (MessagingException e) {
        // already failing; the first error is the one to report
      }
    }
  }

  /**
   * A server's failure in words the user can act on; the driver's text (it may quote data) stays
   * out.
   */
  static MailServerException translate(Exception e, String where) {
    if (e instanceof MailServerException m) {
      return m;
    }
    Reason reason;
    if (e instanceof AuthenticationFailedException) {
      reason = Reason.SIGN_IN;
    } else if (e instanceof FolderNotFoundException) {
      reason = Reason.FOLDER;
    } else if (e instanceof FolderClosedException || e instanceof StoreClosedException) {
      reason = Reason.DROPPED;
    } else if (e instanceof SendFailedException
        || e instanceof jakarta.mail.internet.AddressException) {
      reason = Reason.REFUSED;
    } else if (has(e, javax.net.ssl.SSLException.class)
        || has(e, java.security.cert.CertificateException.class)) {
      reason = Reason.TLS;
    } else if (has(e, java.net.UnknownHostException.class)
        || has(e, java.net.ConnectException.class)
        || has(e, java.net.NoRouteToHostException.class)) {
      reason = Reason.UNREACHABLE;
    } else if (has(e, java.net.SocketTimeoutException.class)
        || has(e, java.net.SocketException.class)
        || has(e, java.io.EOFException.class)) {
      reason = Reason.DROPPED;
    } else if (e.getMessage() != null
        && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("starttls")) {
      reason = Reason.TLS;
    } else if (e instanceof MessagingException
        && e.getMessage() != null
        && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("auth")) {
      reason = Reason.SIGN_IN;
    } else {
      reason = Reason.DROPPED;
    }
    return new MailServerException(reason, where, new Scrubbed(e));
  }

  private static boolean has(Throwable e, Class<? extends Throwable> type) {
    java.util.Set<Throwable> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>(List.of(e));
    while (!todo.isEmpty()) {
      Throwable t = todo.pop();
      if (!seen.add(t)) {
        continue;
      }
      if (type.isInstance(t)) {
        return true;
      }
      if (t.getCause() != null) {
        todo.push(t.getCause());
      }
      if (t instanceof MessagingException m && m.getNextException() != null) {
        todo.push(m.getNextException());
      }
    }
    return false;
  }

  /**
   * A cause kept for its type and stack, without the driver's message (it may quote an address).
   */
  static final class Scrubbed extends Exception {
    private static final long serialVersionUID = 1L;

    Scrubbed(Throwable e) {
      super(e.getClass().getName());
      setStackTrace(e.getStackTrace());
    }
  }

  /** An open IMAP folder. */
  private final class JakartaInbox implements Inbox {
    private final Store store;
    private final Folder folder;
    private final String where;

    JakartaInbox(Store store, Folder folder, String where) {
      this.store = store;
      this.folder = folder;
      this.where = where;
    }

    private UIDFolder uids() {
      return (UIDFolder) folder;
    }

    @Override
    public long uidValidity() {
      try {
        return uids().getUIDValidity();
      } catch (MessagingException e) {
        throw translate(e, where);
      }
    }

    @Override
    public List<Long> uidsAfter(long uid) {
      try {
        Message[] messages = uids().getMessagesByUID(uid + 1, UIDFolder.MAXUID);
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        // the received time and size of all of them in the same round trip: each message then
        // costs one more, for its body (or, when too large, its header)
        profile.add(FetchProfile.Item.SIZE);
        profile.add(IMAPFolder.FetchProfileItem.INTERNALDATE);
        folder.fetch(messages, profile);
        List<Long> out = new ArrayList<>();
        for (Message m : messages) {
          long u = uids().getUID(m);
          // "n:*" always names the last message, even when its UID is below n
          if (u > uid) {
            out.add(u);
          }
        }
        out.sort(null);
        return out;
      } catch (MessagingException | RuntimeException e) {
        throw translate(e, where);
      }
    }

    @Override
    public @Nullable Fetched fetch(long uid, long maxBytes) {
      try {
        Message m = uids().getMessageByUID(uid);
        if (m == null || m.isExpunged()) {
          return null;
        }
        Instant received = m.getReceivedDate().toInstant();
        long size = m.getSize();
        if (size > maxBytes) {
          return new Fetched(uid, received, size, null, headersOnly(m));
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(1024, (int) size));
        m.writeTo(raw);
        return new Fetched(uid, received, raw.size(), raw.toByteArray(), null);
      } catch (MessagingException | IOException | RuntimeException e) {
        throw translate(e, where);
      }
    }

    /** The header fields only (the server sends them without the body). */
    private @Nullable ReadMessage headersOnly(Message m) throws MessagingException {
      StringBuilder b = new StringBuilder();
      Enumeration<Header> all = m.getAllHeaders();
      while (all.hasMoreElements()) {
        Header h = all.nextElement();
        b.append(h.getName()).append(": ").append(h.getValue()).append("\r\n");
      }
      b.append("\r\n");
      try {
        return reader.read(b.toString().getBytes(StandardCharsets.UTF_8));
      } catch (MessageReader.NotAnEmailException e) {
        return null;
      }
    }

    @Override
    public void moveToHandled(List<Long> toMove) {
      if (toMove.isEmpty()) {
        return;
      }
      try {
        char sep = store.getDefaultFolder().getSeparator();
        Folder parent = store.getFolder(HANDLED);
        if (!parent.exists()) {
          parent.create(Folder.HOLDS_FOLDERS | Folder.HOLDS_MESSAGES);
        }
        Folder handled = store.getFolder(HANDLED + sep + "handled");
        if (!handled.exists()) {
          handled.create(Folder.HOLDS_MESSAGES);
        }
        List<Message> messages = new ArrayList<>();
        for (long uid : toMove) {
          Message m = uids().getMessageByUID(uid);
          if (m != null && !m.isExpunged()) {
            messages.add(m);
          }
        }
        if (messages.isEmpty()) {
          return;
        }
        Message[] array = messages.toArray(Message[]::new);
        IMAPFolder imap = (IMAPFolder) folder;
        if (((org.eclipse.angus.mail.imap.IMAPStore) store).hasCapability("MOVE")) {
          imap.moveMessages(array, handled);
        } else {
          // copy, then remove exactly these from the folder (UID EXPUNGE, never others' deletions)
          imap.copyMessages(array, handled);
          imap.setFlags(array, new Flags(Flags.Flag.DELETED), true);
          imap.expunge(array);
        }
      } catch (MessagingException | RuntimeException e) {
        throw translate(e, where);
      }
    }

    @Override
    public void close() {
      try {
        if (folder.isOpen()) {
          folder.close(false);
        }
      } catch (MessagingException e) {
        // closing a broken connection: nothing left to do
      }
      closeQuietly(store);
    }
  }
}
