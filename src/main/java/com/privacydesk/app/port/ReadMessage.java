package com.privacydesk.app.port;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a message says, as read from its MIME: headers decoded (8-bit and RFC 2047 alike), its text
 * (the plain part, or the HTML part as text), how many attachments it had (never their content).
 *
 * @param topReceived the time in its topmost {@code Received:} header (the last server's)
 * @param malformed true when its MIME structure could not be read: the text is then empty
 */
public record ReadMessage(
    @Nullable String messageId,
    @Nullable String from,
    List<String> to,
    @Nullable String subject,
    @Nullable String dateHeader,
    @Nullable Instant sent,
    @Nullable Instant topReceived,
    String text,
    boolean fromHtml,
    int attachments,
    boolean malformed) {
  public ReadMessage {
    to = List.copyOf(to);
  }
}
