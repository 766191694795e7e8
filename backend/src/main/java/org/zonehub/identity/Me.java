package org.zonehub.identity;

import java.util.List;

/** The signed-in user as the token says: ministry staff have no zone; only enterprise users have an enterprise. */
record Me(String username, String displayName, List<String> roles, String zone, String enterpriseId) {
}
