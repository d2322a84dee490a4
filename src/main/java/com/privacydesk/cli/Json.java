package com.privacydesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.privacydesk.domain.calendar.CaseClock;
import com.privacydesk.domain.calendar.Holiday;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes the CLI prints: a public interface, so keys and their order are fixed here. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** {@code {"type":..,"received":..,"clocks":[{"name","due","dayType","days","explanation"}]}}. */
  static String deadline(String type, LocalDate received, List<CaseClock> clocks) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("type", type);
    root.put("received", received.toString());
    ArrayNode array = root.putArray("clocks");
    for (CaseClock c : clocks) {
      ObjectNode clock = array.addObject();
      clock.put("name", c.name());
      clock.put("due", c.due().toString());
      clock.put("dayType", c.dayType().name());
      clock.put("days", c.days());
      ArrayNode why = clock.putArray("explanation");
      c.explanation().forEach(why::add);
    }
    return root.toString();
  }

  /** {@code {"line":N,"error":".."}} for a batch line that could not be computed. */
  static String lineError(long line, String error) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("line", line);
    node.put("error", error);
    return node.toString();
  }

  /** {@code {"year":Y,"holidays":[{"date":..,"name":..}]}}. */
  static String holidays(int year, List<Holiday> holidays) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("year", year);
    ArrayNode array = root.putArray("holidays");
    for (Holiday h : holidays) {
      ObjectNode day = array.addObject();
      day.put("date", h.date().toString());
      day.put("name", h.name());
    }
    return root.toString();
  }

  /**
   * {@code {"source":..,"target":..,"ok":true,"tables":[{"table","source","copy"}],
   * "audit":{"intact":true,"entries":N,"headHash":..}}} for migrate-db.
   */
  static String databaseCopy(com.privacydesk.app.DatabaseCopy copy) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("source", copy.source());
    root.put("target", copy.target());
    root.put("ok", copy.ok());
    ArrayNode tables = root.putArray("tables");
    for (var t : copy.tables()) {
      ObjectNode table = tables.addObject();
      table.put("table", t.table());
      table.put("source", t.source());
      table.put("copy", t.target());
    }
    ObjectNode audit = root.putObject("audit");
    audit.put("intact", copy.audit().intact());
    audit.put("entries", copy.audit().entries());
    audit.put("headHash", copy.audit().headHash());
    return root.toString();
  }
}
