package com.quarterhour.review.web;

import com.quarterhour.audit.AuditTrail;
import com.quarterhour.audit.VisitEvent;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A visit's history on its page, oldest first, counted and read a page at a time in the database
 * (a visit worked for years can have hundreds of lines). Visibility is checked by the audit trail.
 */
public class HistoryRows extends LazyDataModel<VisitEvent> {

  private static final long serialVersionUID = 1L;

  private final AuditTrail audit;
  private final Long visitId;

  public HistoryRows(AuditTrail audit, Long visitId) {
    this.audit = audit;
    this.visitId = visitId;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, audit.historyCount(visitId));
  }

  @Override
  public List<VisitEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return audit.historyPage(visitId, first, pageSize);
  }

  @Override
  public String getRowKey(VisitEvent row) {
    return String.valueOf(row.getId());
  }
}
