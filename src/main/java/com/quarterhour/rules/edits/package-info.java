/** The scrubber's edits, one class each, named after the finding id they report. */
package com.quarterhour.rules.edits;
