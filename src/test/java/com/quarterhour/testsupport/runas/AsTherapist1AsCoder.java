package com.quarterhour.testsupport.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as user therapist1 with role coder. */
@Stateless
@PermitAll
@RunAs("coder")
@RunAsPrincipal("therapist1")
public class AsTherapist1AsCoder extends Caller {}
