/**
 * The read side: every list of visits (review queue, approval, my visits) is one paged, sorted,
 * filtered and counted query here, on the figures the aggregate stores with each visit.
 */
package com.quarterhour.queries;
