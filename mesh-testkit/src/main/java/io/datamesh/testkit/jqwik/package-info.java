/**
 * jqwik arbitraries for data-product tests: rows valid for a contract. jqwik is an optional dependency of the
 * testkit; only this package needs it.
 */
@NullMarked
package io.datamesh.testkit.jqwik;

import org.jspecify.annotations.NullMarked;
