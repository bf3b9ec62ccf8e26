package com.quarterhour.queries.web;

import com.quarterhour.portal.web.LazyRows;
import com.quarterhour.queries.VisitFilter;
import com.quarterhour.queries.VisitQueries;
import com.quarterhour.queries.VisitSummary;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The rows of a visit table, counted and loaded a page at a time by {@link VisitQueries} with the
 * page's filter and the column the user sorted by.
 */
public class VisitRows extends LazyRows<VisitSummary> {

  private static final long serialVersionUID = 1L;

  /** The filter the page holds now; asked at every load. */
  public interface FilterSource extends Supplier<VisitFilter>, Serializable {}

  private final VisitQueries queries;
  private final FilterSource filter;
  private final boolean newestFirst;
  /** The last count, for the filter it counted, and when (this JVM's System.nanoTime: not copied). */
  private transient VisitFilter countedFilter;
  private transient int counted;
  private transient long countedAt;
  /** How long a page change or sort may show the count it found the list with. */
  private static final long RECOUNT_AFTER_NANOS = 10_000_000_000L;

  /**
   * @param newestFirst unsorted, the list shows the latest date of service first (else the oldest)
   */
  public VisitRows(VisitQueries queries, FilterSource filter, boolean newestFirst) {
    this.queries = queries;
    this.filter = filter;
    this.newestFirst = newestFirst;
  }

  /**
   * Paging or sorting does not change what the list holds, so for those posts the count the list
   * was shown with stands (for up to 10 s): at a million visits counting the working queue costs
   * the database more than reading the page. Anything else (opening the page, a filter, an action
   * on a row) counts again.
   */
  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    VisitFilter filter = filter(filterBy);
    long now = System.nanoTime();
    if (filter.equals(countedFilter) && now - countedAt < RECOUNT_AFTER_NANOS && isPagingOrSorting()) {
      return counted;
    }
    counted = (int) Math.min(Integer.MAX_VALUE, queries.count(filter));
    countedFilter = filter;
    countedAt = now;
    return counted;
  }

  /** The request is the table's own page change or sort (PrimeFaces' AJAX post for it). */
  private static boolean isPagingOrSorting() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (faces == null || !faces.getPartialViewContext().isAjaxRequest()) {
      return false;
    }
    for (Map.Entry<String, String> param : faces.getExternalContext().getRequestParameterMap().entrySet()) {
      if ((param.getKey().endsWith("_pagination") || param.getKey().endsWith("_sorting")) && "true".equals(param.getValue())) {
        return true;
      }
    }
    return false;
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
      return queries.page(filter(filterBy), first, pageSize, sort.getField(), sort.getOrder() == SortOrder.ASCENDING);
    }
    return queries.page(filter(filterBy), first, pageSize, newestFirst ? "dateOfService" : null, !newestFirst);
  }

  @Override
  protected VisitRows withoutRows() {
    return new VisitRows(queries, filter, newestFirst);
  }

  @Override
  public String getRowKey(VisitSummary row) {
    return String.valueOf(row.id());
  }
}
