/**
 * JMH benchmarks. Timings on shared 2-core machines are noisy, so figures are reported as JMH scores with their
 * error, never asserted in tests.
 */
package org.suanli.bench;
