/** What a treatment session is made of: patients, clinicians, payers, visits and their service lines. */
package com.quarterhour.visit.domain;
