package com.privacydesk.desktop.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Codes shown in words: rule versions and the statuses or actions a refusal names. */
class MessagesTest {
  @Test
  void aRuleVersionReadsInWords() {
    assertThat(Messages.ruleVersion("rules-2026.1/us-federal"))
        .isEqualTo("deadline rules 2026.1 and the US federal holidays");
    assertThat(Messages.ruleVersion("rules-2026.1/us-federal+1-219edd22"))
        .isEqualTo(
            "deadline rules 2026.1, the US federal holidays and 1 company closure day"
                + " (closure list 219edd22)");
    assertThat(Messages.ruleVersion("rules-2026.1/us-federal+3-0a1b2c3d"))
        .contains("3 company closure days");
  }

  @Test
  void aRefusalNamesStatusesAndActionsByTheirLabels() {
    var refused =
        new com.privacydesk.app.RefusedException(
            com.privacydesk.domain.workflow.Refusal.of("illegal", "IN_PROGRESS", "START_WORK"));
    assertThat(Messages.describe(refused))
        .isEqualTo("A case that is In progress cannot take this step (Start work).");
  }
}
