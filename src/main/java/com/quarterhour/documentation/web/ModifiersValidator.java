package com.quarterhour.documentation.web;

import com.quarterhour.rules.InputCheck;
import jakarta.enterprise.context.Dependent;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Modifiers as typed ("GP 59"): at most four, two letters or digits each. */
@Dependent
@FacesValidator(value = "modifiers", managed = true)
public class ModifiersValidator implements Validator<String> {

  @Override
  public void validate(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    List<String> mods = Arrays.stream(value.trim().toUpperCase(Locale.ROOT).split("[\\s,-]+")).toList();
    List<String> problems = InputCheck.modifierProblems(1, mods);
    if (!problems.isEmpty()) {
      Object label = component.getAttributes().get("label");
      String msg = (label == null ? "Modifiers" : label) + ": " + problems.get(0).substring("Line 1: ".length());
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, msg, msg));
    }
  }
}
