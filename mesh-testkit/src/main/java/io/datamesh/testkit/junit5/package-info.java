/**
 * The JUnit 5 extension: a fresh, leak-checked {@code Mesh} per test with a test clock and an in-memory emitter.
 */
@NullMarked
package io.datamesh.testkit.junit5;

import org.jspecify.annotations.NullMarked;
