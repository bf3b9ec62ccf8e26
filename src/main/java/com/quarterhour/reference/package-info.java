/** The clinic's reference data: patients and payers, their search and the admin screens. */
package com.quarterhour.reference;
