package com.quarterhour.rules;

import java.time.LocalDate;

/** A code's descriptor as it read from {@code effective} on, until the next change. */
public record DescriptorChange(String code, LocalDate effective, String descriptor) {}
