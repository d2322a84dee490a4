package com.privacydesk.app.port;

/**
 * The orders the queue can list cases in, one or two per column. Within a type, status, channel or
 * assignee, cases follow by nearest due date; each descending order is its ascending one reversed.
 */
public enum CaseSort {
  /** Nearest due date first; ended cases (no due date) last. The default. */
  DUE,
  /** Ended cases first, then the latest due date first (the reverse of {@link #DUE}). */
  DUE_DESC,
  /** Oldest received first. */
  RECEIVED_OLDEST,
  /** Newest received first. */
  RECEIVED_NEWEST,
  /** Lowest case number first. */
  CASE_NUMBER,
  /** Highest case number first. */
  CASE_NUMBER_DESC,
  /** By type (A–Z of the stored code, which is also the A–Z of the names shown). */
  TYPE,
  TYPE_DESC,
  /** By status (A–Z of the stored code, which is also the A–Z of the names shown). */
  STATUS,
  STATUS_DESC,
  /** By channel (A–Z of the stored code). */
  CHANNEL,
  CHANNEL_DESC,
  /** By assignee's user name, A–Z; unassigned cases last. */
  ASSIGNEE,
  /** By assignee's user name, Z–A; unassigned cases first. */
  ASSIGNEE_DESC
}
