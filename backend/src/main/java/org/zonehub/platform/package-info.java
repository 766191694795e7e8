/**
 * Shared infrastructure every feature stands on: security, tenancy, web errors, persistence.
 * It is an open module (features use its sub-packages directly) and it depends on no feature.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.zonehub.platform;

import org.springframework.modulith.ApplicationModule;
