/**
 * What codes are worth: payers' fee schedules (allowed amount per unit, effective-dated) and the
 * clinic's charge master. The engine's {@link com.quarterhour.rules.FeeSchedule} is made from them.
 */
package com.quarterhour.money;
