/**
 * Benchmarks of the read side, run on demand and never by the build: replay throughput of every
 * read model that can be rebuilt, and the latency of the ESF report, on generated participants.
 */
@NullMarked
package de.lotse.bench;

import org.jspecify.annotations.NullMarked;
