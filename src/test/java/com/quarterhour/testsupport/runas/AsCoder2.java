package com.quarterhour.testsupport.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as user coder2 with role coder. */
@Stateless
@PermitAll
@RunAs("coder")
@RunAsPrincipal("coder2")
public class AsCoder2 extends Caller {}
