/** The coder's review queue. */
package com.quarterhour.review.service;
