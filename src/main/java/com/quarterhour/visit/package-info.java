/**
 * The Visit aggregate: a treatment session, its service lines, its state and the steps it records
 * (VisitChanged). It rescores itself and keeps its stored figures; the boundary types every
 * feature that changes a visit shares (refusals, field problems, the stale-page check) live here.
 */
package com.quarterhour.visit;
