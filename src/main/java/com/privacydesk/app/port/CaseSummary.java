package com.privacydesk.app.port;

import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import java.time.LocalDate;

/**
 * One row of the work queue. Holds no personal data, so it can be shown to any agent.
 *
 * @param dueExplanation how the nearest due date was computed, one line per step
 */
public record CaseSummary(
    long id,
    CaseType type,
    CaseStatus status,
    Channel channel,
    LocalDate receivedDate,
    LocalDate dueDate,
    Long assigneeId,
    String assigneeName,
    int version,
    String dueExplanation) {}
