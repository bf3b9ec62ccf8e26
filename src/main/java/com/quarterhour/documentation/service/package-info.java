/** The therapist's documentation: recording, editing, signing and live scoring of their sessions. */
package com.quarterhour.documentation.service;
