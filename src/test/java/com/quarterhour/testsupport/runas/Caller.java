package com.quarterhour.testsupport.runas;

import jakarta.annotation.security.PermitAll;
import java.util.concurrent.Callable;

/** Runs a piece of test code with the identity its EJB subclass declares (@RunAs). */
// PermitAll here too: WildFly denies inherited methods that carry no security annotation.
@PermitAll
public abstract class Caller {
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
