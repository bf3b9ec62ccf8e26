package com.quarterhour.portal.web;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;

/** Small helpers for the portal's PrimeFaces tables. */
public final class Tables {

  private Tables() {}

  /** Shows a table from its first page: after a new filter, the page it was on may no longer exist. */
  public static void firstPage(String clientId) {
    if (FacesContext.getCurrentInstance().getViewRoot().findComponent(clientId) instanceof DataTable table) {
      table.setFirst(0);
    }
  }
}
