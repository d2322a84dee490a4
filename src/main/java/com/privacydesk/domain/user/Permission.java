package com.privacydesk.domain.user;

import java.util.EnumSet;
import java.util.Set;

/** Actions guarded by role; the single place that says which role may do what. */
public enum Permission {
  VIEW_QUEUE(Role.AGENT, Role.SUPERVISOR, Role.ADMIN),
  CREATE_CASE(Role.AGENT, Role.SUPERVISOR, Role.ADMIN),
  /** Import a file of email opt-outs (a day's unsubscribe export) as cases. */
  IMPORT_OPT_OUTS(Role.AGENT, Role.SUPERVISOR, Role.ADMIN),
  /** Fetch and import mail, and turn incoming messages into cases or dismiss them. */
  HANDLE_MAIL(Role.AGENT, Role.SUPERVISOR, Role.ADMIN),
  /** Set up the mailboxes, their passwords and the mail rules. */
  CONFIGURE_MAIL(Role.SUPERVISOR, Role.ADMIN),
  TAKE_CASE(Role.AGENT, Role.SUPERVISOR, Role.ADMIN),
  /** Move a case through its lifecycle, tick its checklist, add notes and links. */
  WORK_CASE(Role.AGENT, Role.SUPERVISOR, Role.ADMIN),
  /** Approve or send back a case under review, and reopen an ended case. */
  REVIEW_CASE(Role.SUPERVISOR, Role.ADMIN),
  ASSIGN_CASE(Role.SUPERVISOR, Role.ADMIN),
  CHANGE_SETTINGS(Role.SUPERVISOR, Role.ADMIN),
  RECALCULATE_DEADLINES(Role.SUPERVISOR, Role.ADMIN),
  VERIFY_AUDIT(Role.SUPERVISOR, Role.ADMIN),
  /** View and export the monthly report and the CPNI certification export. */
  VIEW_REPORTS(Role.SUPERVISOR, Role.ADMIN),
  /** Keep the disclosure register: each year's categories and third parties. */
  MAINTAIN_REGISTER(Role.SUPERVISOR, Role.ADMIN),
  /** Edit the letter templates (each save is a new version). */
  EDIT_TEMPLATES(Role.SUPERVISOR, Role.ADMIN),
  /** Show a case's masked personal data in clear (with a reason, audited). */
  REVEAL_PERSONAL_DATA(Role.AGENT, Role.SUPERVISOR, Role.ADMIN),
  /** Create, disable, re-enable and unlock accounts, change roles, reset passwords. */
  MANAGE_USERS(Role.ADMIN),
  /** Preview and apply the retention purge. */
  PURGE_DATA(Role.ADMIN),
  /** Copy the whole database to a backup file. */
  BACKUP_DATA(Role.ADMIN);

  @SuppressWarnings("ImmutableEnumChecker") // an unmodifiable copy, set once
  private final Set<Role> roles;

  Permission(Role first, Role... rest) {
    this.roles = java.util.Collections.unmodifiableSet(EnumSet.of(first, rest));
  }

  /** Whether a user holding {@code role} may perform this action. */
  public boolean grantedTo(Role role) {
    return roles.contains(role);
  }
}
