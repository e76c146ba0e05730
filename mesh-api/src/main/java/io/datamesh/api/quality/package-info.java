/**
 * Quality outcomes: what checking data against a contract's rules found, shaped like datacontract-cli's
 * {@code Run}/{@code Check} results.
 */
@NullMarked
package io.datamesh.api.quality;

import org.jspecify.annotations.NullMarked;
