/** The billing screens: batches and remittances, a claim, the denial queue. */
package com.quarterhour.claims.web;
