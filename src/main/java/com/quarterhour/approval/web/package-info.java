/** The supervisor's screens. */
package com.quarterhour.approval.web;
