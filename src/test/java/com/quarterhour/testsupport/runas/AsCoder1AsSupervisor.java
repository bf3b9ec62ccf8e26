package com.quarterhour.testsupport.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as user coder1 with role supervisor. */
@Stateless
@PermitAll
@RunAs("supervisor")
@RunAsPrincipal("coder1")
public class AsCoder1AsSupervisor extends Caller {}
