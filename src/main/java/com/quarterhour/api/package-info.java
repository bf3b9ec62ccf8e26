/** The JSON scoring API for EHR integration, protected by Keycloak bearer tokens. */
package com.quarterhour.api;
