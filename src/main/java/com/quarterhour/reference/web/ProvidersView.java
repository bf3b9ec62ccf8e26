package com.quarterhour.reference.web;

import com.quarterhour.identity.Clinician;
import com.quarterhour.identity.ClinicianDirectory;
import com.quarterhour.identity.Credential;
import com.quarterhour.portal.web.Feedback;
import com.quarterhour.portal.web.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * Backs the providers part of admin/index.xhtml: every clinician a page at a time, and a dialog
 * in which the admin records a clinician's credential and NPI.
 */
@Named
@ViewScoped
public class ProvidersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ClinicianDirectory directory;
  private PagedRows<Clinician> clinicians;

  // The clinician being edited, as the dialog holds it.
  private Long editedId;
  private long editedVersion;
  private String editedName;
  private Credential credential;
  private String npi;

  @PostConstruct
  void init() {
    clinicians = new PagedRows<>(directory::countClinicians, directory::clinicians, Clinician::getId);
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

  public PagedRows<Clinician> getClinicians() { return clinicians; }
  public String getEditedName() { return editedName; }
  public Credential getCredential() { return credential; }
  public void setCredential(Credential credential) { this.credential = credential; }
  public String getNpi() { return npi; }
  public void setNpi(String npi) { this.npi = npi; }
}
