package io.datamesh.arrow;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.pojo.Field;
import org.jspecify.annotations.Nullable;

/** Turns one incoming column into the contract's column; consumes (empties or closes) the source. */
@FunctionalInterface
interface Step {
  FieldVector apply(FieldVector src, Field target, BufferAllocator allocator, @Nullable DictionaryProvider dicts);
}
