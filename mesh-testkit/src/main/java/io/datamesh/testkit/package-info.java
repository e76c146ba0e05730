/**
 * Test support for data products that needs no test framework: {@link io.datamesh.testkit.TestClock},
 * {@link io.datamesh.testkit.InMemoryEmitter} and {@link io.datamesh.testkit.LeakCheck}. The JUnit 5 extension
 * lives in {@code io.datamesh.testkit.junit5}.
 */
@NullMarked
package io.datamesh.testkit;

import org.jspecify.annotations.NullMarked;
