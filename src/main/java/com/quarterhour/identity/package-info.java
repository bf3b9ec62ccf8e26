/** Who is calling: roles from Keycloak and the clinician record behind a login. */
package com.quarterhour.identity;
