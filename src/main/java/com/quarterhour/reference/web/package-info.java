/** The administrator's screens: the clinic's patients and payers. */
package com.quarterhour.reference.web;
