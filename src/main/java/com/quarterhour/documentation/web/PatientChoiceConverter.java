package com.quarterhour.documentation.web;

import com.quarterhour.reference.PatientChoice;
import com.quarterhour.reference.ReferenceData;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** The patient search's choice travels as the patient's id; the id is looked up again on the way back. */
@jakarta.enterprise.context.Dependent
@FacesConverter(value = "patientChoice", managed = true)
public class PatientChoiceConverter implements Converter<PatientChoice> {

  @Inject private ReferenceData reference;

  @Override
  public PatientChoice getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return reference.patientChoice(Long.valueOf(value.trim()))
          .orElseThrow(() -> notFound());
    } catch (NumberFormatException e) {
      throw notFound();
    }
  }

  private static ConverterException notFound() {
    return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
        "Patient: choose a patient from the search results.", null));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, PatientChoice value) {
    return value == null ? "" : String.valueOf(value.id());
  }
}
