package com.quarterhour.reference.web;

import com.quarterhour.identity.Clinician;
import com.quarterhour.identity.ClinicianDirectory;
import com.quarterhour.identity.Credential;
import com.quarterhour.portal.web.Feedback;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs the providers part of admin/index.xhtml: every clinician a page at a time, and a dialog
 * in which the admin records a clinician's credential and NPI.
 */
@Named
@ViewScoped
public class ProvidersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ClinicianDirectory directory;
  private ClinicianRows clinicians;

  // The clinician being edited, as the dialog holds it.
  private Long editedId;
  private long editedVersion;
  private String editedName;
  private Credential credential;
  private String npi;

  @PostConstruct
  void init() {
    clinicians = new ClinicianRows();
  }

  /** Clinicians, a page at a time, by name. */
  public class ClinicianRows extends LazyDataModel<Clinician> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, directory.countClinicians());
    }

    @Override
    public List<Clinician> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return directory.clinicians(first, pageSize);
    }

    @Override
    public String getRowKey(Clinician row) {
      return String.valueOf(row.getId());
    }
  }

  /** Opens the dialog with what the row shows. */
  public void edit(Clinician row) {
    editedId = row.getId();
    editedVersion = row.getVersion();
    editedName = row.getDisplayName();
    credential = row.getCredential();
    npi = row.getNpi();
  }

  /** Saves the dialog; tells the page whether it saved (then the dialog closes). */
  public void save() {
    boolean saved = Feedback.attempt(() -> directory.describeProvider(editedId, editedVersion, credential, npi), editedName + " is saved.");
    PrimeFaces.current().ajax().addCallbackParam("saved", saved);
  }

  public List<Credential> getCredentials() {
    return List.of(Credential.values());
  }

  public ClinicianRows getClinicians() { return clinicians; }
  public String getEditedName() { return editedName; }
  public Credential getCredential() { return credential; }
  public void setCredential(Credential credential) { this.credential = credential; }
  public String getNpi() { return npi; }
  public void setNpi(String npi) { this.npi = npi; }
}
