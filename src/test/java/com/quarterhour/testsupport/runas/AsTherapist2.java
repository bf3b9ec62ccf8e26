package com.quarterhour.testsupport.runas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Calls services as the demo user therapist2 with role therapist. */
@Stateless
@PermitAll
@RunAs("therapist")
@RunAsPrincipal("therapist2")
public class AsTherapist2 extends Caller {}
