package com.quarterhour.queries.web;

import com.quarterhour.queries.VisitFilter;
import com.quarterhour.queries.VisitQueries;
import com.quarterhour.queries.VisitSummary;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The rows of a visit table, counted and loaded a page at a time by {@link VisitQueries} with the
 * page's filter and the column the user sorted by.
 */
public class VisitRows extends LazyDataModel<VisitSummary> {

  private static final long serialVersionUID = 1L;

  /** The filter the page holds now; asked at every load. */
  public interface FilterSource extends Supplier<VisitFilter>, Serializable {}

  private final VisitQueries queries;
  private final FilterSource filter;
  private final boolean newestFirst;
  private List<VisitSummary> page = List.of();

  /**
   * @param newestFirst unsorted, the list shows the latest date of service first (else the oldest)
   */
  public VisitRows(VisitQueries queries, FilterSource filter, boolean newestFirst) {
    this.queries = queries;
    this.filter = filter;
    this.newestFirst = newestFirst;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, queries.count(filter(filterBy)));
  }

  /** The page's filter; a column filter typed into the patient column searches by patient or visit number. */
  private VisitFilter filter(Map<String, FilterMeta> filterBy) {
    FilterMeta patient = filterBy == null ? null : filterBy.get("patientName");
    Object typed = patient == null ? null : patient.getFilterValue();
    return typed == null || typed.toString().isBlank() ? filter.get() : filter.get().withSearch(typed.toString());
  }

  @Override
  public List<VisitSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
    boolean sorted = sort != null && sort.getOrder() != SortOrder.UNSORTED;
    if (sorted) {
      page = queries.page(filter(filterBy), first, pageSize, sort.getField(), sort.getOrder() == SortOrder.ASCENDING);
    } else {
      page = queries.page(filter(filterBy), first, pageSize, newestFirst ? "dateOfService" : null, !newestFirst);
    }
    return page;
  }

  @Override
  public String getRowKey(VisitSummary row) {
    return String.valueOf(row.id());
  }

  @Override
  public VisitSummary getRowData(String key) {
    return page.stream().filter(r -> String.valueOf(r.id()).equals(key)).findFirst().orElse(null);
  }
}
