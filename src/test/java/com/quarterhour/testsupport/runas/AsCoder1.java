package com.quarterhour.testsupport.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as the demo user coder1 with role coder. */
@Stateless
@PermitAll
@RunAs("coder")
@RunAsPrincipal("coder1")
public class AsCoder1 extends Caller {}
