/** The code catalog as the portal sees it: one shared instance, and the code lookup screen. */
package com.quarterhour.catalog;
