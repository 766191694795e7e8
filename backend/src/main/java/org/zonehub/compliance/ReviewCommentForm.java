package org.zonehub.compliance;

import jakarta.validation.constraints.Size;

/** A reviewer's comment on one item; empty removes it. */
record ReviewCommentForm(@Size(max = 2000) String comment) {
}
