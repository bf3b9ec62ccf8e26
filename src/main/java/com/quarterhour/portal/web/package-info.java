/** Page beans every logged-in user shares: the header, the landing page, errors. */
package com.quarterhour.portal.web;
