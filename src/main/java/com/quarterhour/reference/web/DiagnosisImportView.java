package com.quarterhour.reference.web;

import com.quarterhour.portal.web.Feedback;
import com.quarterhour.reference.DiagnosisCatalog;
import com.quarterhour.shared.RefusedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;

/** Backs the diagnosis codes part of admin/index.xhtml: how many the portal knows, and the import. */
@Named
@RequestScoped
public class DiagnosisImportView {

  @Inject private DiagnosisCatalog catalog;

  /** Imports the uploaded order file; the page says how many codes came in, or why none did. */
  public void upload(FileUploadEvent event) {
    String name = event.getFile().getFileName();
    try (InputStream file = event.getFile().getInputStream()) {
      int imported = catalog.importOrderFile(file);
      Feedback.info(String.format(Locale.ROOT, "Imported %,d ICD-10-CM codes from %s.", imported, name));
    } catch (RefusedException refused) {
      Feedback.error(refused.getMessage());
    } catch (IOException e) {
      Feedback.error("The file " + name + " could not be read; nothing changed.");
    }
  }

  public long getCount() {
    return catalog.count();
  }
}
