/** The coder's screens. */
package com.quarterhour.review.web;
