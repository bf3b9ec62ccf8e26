package com.quarterhour.portal.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * A lazy table's rows for a list that pages in the database in one fixed order: a count and a
 * page, both asked of a service every time the table loads. (Lists that sort or filter by column
 * have their own model.)
 *
 * @param <T> a row
 */
public final class PagedRows<T> extends LazyRows<T> {

  private static final long serialVersionUID = 1L;

  /** How many rows the list has. */
  @FunctionalInterface
  public interface Count extends Serializable {
    long count();
  }

  /** One page of the rows, from the first row asked for. */
  @FunctionalInterface
  public interface Page<T> extends Serializable {
    List<T> page(int first, int size);
  }

  /** A row's identity, for the table's row keys. */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    Object of(T row);
  }

  private final Count count;
  private final Page<T> page;
  private final Key<T> key;

  public PagedRows(Count count, Page<T> page, Key<T> key) {
    this.count = count;
    this.page = page;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, count.count());
  }

  @Override
  public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return page.page(first, pageSize);
  }

  @Override
  protected PagedRows<T> withoutRows() {
    return new PagedRows<>(count, page, key);
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.of(row));
  }
}
