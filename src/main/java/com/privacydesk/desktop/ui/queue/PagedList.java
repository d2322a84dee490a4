package com.privacydesk.desktop.ui.queue;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableListBase;

/**
 * A read-only list as long as the whole result (a million rows is fine) that holds only the pages
 * seen lately. Asking for a row not yet loaded returns null and asks {@code fetcher} for its page;
 * when the page arrives, {@link #pageLoaded} puts it in and tells the table, which redraws just
 * those rows. The table virtualises its cells, so only visible rows are ever asked for.
 *
 * @param <E> the row type
 */
public final class PagedList<E> extends ObservableListBase<E> {
  /** Asks for page {@code page} of result {@code generation}. */
  @FunctionalInterface
  public interface Fetcher {
    void fetch(int page, long generation);
  }

  private final int pageSize;
  private final int maxPages;
  private final Fetcher fetcher;
  private final Map<Integer, List<E>> pages;
  private final Set<Integer> requested = new HashSet<>();
  private int size;
  private long generation;

  public PagedList(int pageSize, int maxPages, Fetcher fetcher) {
    this.pageSize = pageSize;
    this.maxPages = maxPages;
    this.fetcher = fetcher;
    this.pages =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Integer, List<E>> eldest) {
            return size() > PagedList.this.maxPages;
          }
        };
  }

  /** Starts a new result of {@code total} rows whose first page is {@code first}. */
  public void reset(long total, List<E> first) {
    int old = size;
    generation++;
    pages.clear();
    requested.clear();
    size = (int) Math.min(Integer.MAX_VALUE, total);
    if (!first.isEmpty()) {
      pages.put(0, List.copyOf(first));
    }
    beginChange();
    if (old > 0) {
      nextRemove(0, Collections.nCopies(old, null));
    }
    if (size > 0) {
      nextAdd(0, size);
    }
    endChange();
  }

  /** The result the next fetch belongs to; a page of an older result is dropped. */
  public long generation() {
    return generation;
  }

  /** Puts a fetched page in and redraws its rows. */
  public void pageLoaded(int page, long forGeneration, List<E> rows) {
    requested.remove(page);
    if (forGeneration != generation) {
      return;
    }
    pages.put(page, List.copyOf(rows));
    int from = page * pageSize;
    int to = Math.min(size, from + rows.size());
    if (from >= to) {
      return;
    }
    beginChange();
    nextReplace(from, to, Collections.nCopies(to - from, null));
    endChange();
  }

  /** A fetch failed: the page may be asked for again. */
  public void pageFailed(int page) {
    requested.remove(page);
  }

  /** The row if its page is loaded, else null (and its page is fetched). */
  @Override
  public E get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    int page = index / pageSize;
    List<E> rows = pages.get(page);
    if (rows == null) {
      if (requested.add(page)) {
        fetcher.fetch(page, generation);
      }
      return null;
    }
    int at = index - page * pageSize;
    return at < rows.size() ? rows.get(at) : null;
  }

  /** The row if loaded, without fetching anything. */
  public E peek(int index) {
    List<E> rows = pages.get(index / pageSize);
    int at = index % pageSize;
    return rows == null || at >= rows.size() ? null : rows.get(at);
  }

  /** Looks only at loaded rows: a search over every row would fetch every page. */
  @Override
  public int indexOf(Object o) {
    for (Map.Entry<Integer, List<E>> e : pages.entrySet()) {
      int at = e.getValue().indexOf(o);
      if (at >= 0) {
        return e.getKey() * pageSize + at;
      }
    }
    return -1;
  }

  @Override
  public int lastIndexOf(Object o) {
    return indexOf(o);
  }

  @Override
  public boolean contains(Object o) {
    return indexOf(o) >= 0;
  }

  @Override
  public int size() {
    return size;
  }

  /** Rows per page. */
  public int pageSize() {
    return pageSize;
  }
}
