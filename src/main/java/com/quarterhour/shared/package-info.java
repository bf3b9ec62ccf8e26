/** Small helpers used by two or more features, with no feature's knowledge. */
package com.quarterhour.shared;
