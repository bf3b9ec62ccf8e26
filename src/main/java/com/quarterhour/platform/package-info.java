/** Start-up work of the portal: schema migration and the optional demo data. */
package com.quarterhour.platform;
