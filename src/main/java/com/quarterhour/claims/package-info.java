/**
 * Claims out and payments in (issue 10): approved visits become X12 837P claims, written with
 * StAEDI and validated while writing against the product's own implementation schema
 * ({@code x12-837P.xml}). The file format is plain Java here, so that it is tested without a
 * container; batches, states and the screens sit around it.
 */
package com.quarterhour.claims;
