package org.zonehub.action;

import java.util.List;

/** An action as one zone sees it: the measures assigned to it, with its assignments. */
public record ZoneAction(Action action, List<Assignment> assignments) {
}
