package com.privacydesk.app.port;

import com.privacydesk.domain.CaseStatus;
import com.privacydesk.domain.CaseType;
import com.privacydesk.domain.Channel;
import java.time.LocalDate;

/**
 * One row of the work queue. Holds no personal data, so it can be shown to any agent.
 *
 * @param dueExplanation how the nearest due date was computed, one line per step
 * @param dueClock the name of the clock that due date belongs to ({@code statutory}, {@code
 *     internal}, …), or null
 * @param statutoryDue the date the law sets ({@code statutory} or {@code law_enforcement_notice}
 *     clock), or null when the type has none
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
    String dueExplanation,
    String dueClock,
    LocalDate statutoryDue) {}
