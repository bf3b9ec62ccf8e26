package com.quarterhour.documentation.web;

import com.quarterhour.rules.CodeCatalog;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import java.util.regex.Pattern;

/** Rejects a code the catalog does not know, next to the field, before anything is saved. */
@jakarta.enterprise.context.Dependent
@FacesValidator(value = "cptCode", managed = true)
public class CptCodeValidator implements Validator<String> {

  private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z][0-9]{3}[0-9A-Za-z]");

  @Inject private CodeCatalog catalog;

  @Override
  public void validate(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    String code = value.trim();
    Object label = component.getAttributes().get("label");
    String field = label == null ? "CPT code" : label.toString();
    if (!FORMAT.matcher(code).matches()) {
      throw invalid(field + ": '" + code + "' is not a CPT code; codes have 5 characters such as 97110.");
    }
    if (catalog.find(code).isEmpty()) {
      throw invalid(field + ": " + code + " is not a known CPT code.");
    }
  }

  private static ValidatorException invalid(String msg) {
    return new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, msg, msg));
  }
}
