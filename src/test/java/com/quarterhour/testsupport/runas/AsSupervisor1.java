package com.quarterhour.testsupport.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as the demo user supervisor1 with role supervisor. */
@Stateless
@PermitAll
@RunAs("supervisor")
@RunAsPrincipal("supervisor1")
public class AsSupervisor1 extends Caller {}
