package com.quarterhour.money;

import java.time.LocalDate;

/**
 * A fee schedule's amounts changed from one day through another (null: open): the visits priced
 * by it in those days are priced again, in the transaction of the change (the chart observes it).
 */
public record FeesChanged(Long scheduleId, LocalDate from, LocalDate through) {}
