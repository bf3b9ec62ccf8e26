package com.quarterhour.documentation.web;

import com.quarterhour.shared.ClinicCalendar;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** A date of service cannot lie after today in the clinic's time zone. */
@jakarta.enterprise.context.Dependent
@FacesValidator(value = "pastOrToday", managed = true)
public class PastOrTodayValidator implements Validator<LocalDate> {

  @Inject private ClinicCalendar calendar;

  @Override
  public void validate(FacesContext context, UIComponent component, LocalDate value) {
    if (value != null && value.isAfter(calendar.today())) {
      String msg = "Date of service " + value + " is in the future.";
      throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, msg, msg));
    }
  }
}
