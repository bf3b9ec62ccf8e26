/** The administrator's screens: the clinic's reference data. */
package com.quarterhour.admin.web;
