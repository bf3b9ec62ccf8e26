package com.quarterhour.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS lives under /api; the pages keep the rest of the portal. */
@ApplicationPath("/api")
public class ApiApplication extends Application {}
