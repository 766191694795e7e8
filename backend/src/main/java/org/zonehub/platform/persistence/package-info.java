/** The database: the embedded MySQL-compatible default for the local run and the tests. */
package org.zonehub.platform.persistence;
