package com.privacydesk.domain.intake;

import com.privacydesk.domain.Channel;
import java.time.LocalDateTime;

/**
 * The facts every request type except the email opt-out records.
 *
 * @param receivedAt local date-time of receipt in the company time zone
 * @param accountRef the internal account or customer reference (never an identity document)
 * @param replyContact where the answer goes: an email or postal address, or a phone number
 */
public record CommonIntake(
    Channel channel,
    LocalDateTime receivedAt,
    RequesterKind requesterKind,
    String accountRef,
    String replyContact) {}
