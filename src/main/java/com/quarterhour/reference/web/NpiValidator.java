package com.quarterhour.reference.web;

import com.quarterhour.shared.Npi;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/** An NPI typed into a form: ten digits with the right check digit, said next to the field. Empty passes. */
@FacesValidator("npi")
public class NpiValidator implements Validator<String> {

  @Override
  public void validate(FacesContext context, UIComponent component, String value) {
    String npi = Npi.clean(value);
    if (npi == null) {
      return;
    }
    String problem = Npi.problem(npi);
    if (problem != null) {
      String message = "NPI: " + problem + ".";
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
  }
}
