package com.privacydesk.domain;

/** What an email opt-out covers; transactional mail is never covered. */
public enum OptOutScope {
  ALL_COMMERCIAL,
  SELECTED_CATEGORIES
}
