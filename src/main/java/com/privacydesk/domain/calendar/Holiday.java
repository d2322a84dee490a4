package com.privacydesk.domain.calendar;

import java.time.LocalDate;

/** A day off: the date it is observed and its name (with "(observed)" when moved off a weekend). */
public record Holiday(LocalDate date, String name) {}
