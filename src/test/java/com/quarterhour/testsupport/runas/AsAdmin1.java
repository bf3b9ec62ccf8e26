package com.quarterhour.testsupport.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as the demo user admin1 with role admin. */
@Stateless
@PermitAll
@RunAs("admin")
@RunAsPrincipal("admin1")
public class AsAdmin1 extends Caller {}
