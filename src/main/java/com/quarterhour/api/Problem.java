package com.quarterhour.api;

import java.util.List;

/** An RFC 9457 problem body; {@code errors} names each bad field. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public record FieldError(String field, String message) {}
}
