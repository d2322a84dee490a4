package com.privacydesk.domain.calendar;

/** Whether a clock counts every day or only business days. */
public enum DayType {
  CALENDAR,
  BUSINESS
}
