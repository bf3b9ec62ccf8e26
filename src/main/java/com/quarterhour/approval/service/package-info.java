/** The supervisor's approval queue. */
package com.quarterhour.approval.service;
