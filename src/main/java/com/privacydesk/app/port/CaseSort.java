package com.privacydesk.app.port;

/** The orders the queue can list cases in; each is served by an index. */
public enum CaseSort {
  /** Nearest due date first; ended cases (no due date) last. The default. */
  DUE,
  /** Oldest received first. */
  RECEIVED_OLDEST,
  /** Newest received first. */
  RECEIVED_NEWEST,
  /** Lowest case number first. */
  CASE_NUMBER,
  /** Highest case number first. */
  CASE_NUMBER_DESC
}
