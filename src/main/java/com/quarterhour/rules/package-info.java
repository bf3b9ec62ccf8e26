/** The rules engine: codes, units and edits in plain Java, with no Jakarta EE in sight. */
package com.quarterhour.rules;
