package com.quarterhour.portal.web;

import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * A lazy table's model whose loaded page of rows stays on the node that loaded it.
 *
 * <p>In a cluster every request writes the whole HTTP session to the other node (SESSION
 * granularity, wildfly/configure-cluster.cli: the OIDC login touches it on every request), and each
 * open view keeps its table's model in it. The rows were most of that copy and most of its cost:
 * they are records, and JBoss Marshalling looks up a method handle for every component of every
 * record each time it writes one. So the copy carries the model without its rows. The node that
 * takes a session over finds no rows and PrimeFaces loads the page again, from the database, before
 * it decodes or renders the table (DataTable.loadLazyDataIfRequired): the user sees the same page.
 *
 * @param <T> a row
 */
public abstract class LazyRows<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  /** The same model (its source, filter and sort) with no rows loaded. */
  protected abstract LazyRows<T> withoutRows();

  /**
   * The row of the loaded page with this key, or null. PrimeFaces loads the page before it decodes
   * a post, so after a take-over too the row a user ticked is on it.
   */
  @Override
  public T getRowData(String rowKey) {
    @SuppressWarnings("unchecked")
    List<T> rows = (List<T>) getWrappedData();
    return rows == null ? null : rows.stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
  }

  /** What serialization writes in place of this model: see the class comment. */
  protected final Object writeReplace() {
    if (getWrappedData() == null) {
      return this;
    }
    LazyRows<T> copy = withoutRows();
    copy.setRowCount(getRowCount());
    copy.setPageSize(getPageSize());
    return copy;
  }
}
