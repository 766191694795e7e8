package org.zonehub.program;

/** @param acknowledgeOutliers the zone looked at the month's flagged figures and confirms it as it is */
record ConfirmForm(Boolean acknowledgeOutliers) {
}
