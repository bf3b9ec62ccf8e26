/** The therapist's screens: session entry and their own visits. */
package com.quarterhour.documentation.web;
