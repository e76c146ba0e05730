/**
 * AssertJ assertions for data-product tests: transform runs and quality reports. AssertJ is an optional dependency
 * of the testkit; only this package needs it.
 */
@NullMarked
package io.datamesh.testkit.assertj;

import org.jspecify.annotations.NullMarked;
