/** Transactional, role-checked boundary for recording and listing visits. */
package com.quarterhour.visit.service;
