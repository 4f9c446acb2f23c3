package org.suanli.sensitivity;

/**
 * Sees every model run's outputs (A, B and every AB row: each is a draw from the joint input distribution, because
 * the inputs are independent), for uncertainty statistics such as rank histograms. One observer per chunk of rows;
 * chunks are merged in order, so an observer whose merge is exact (counts) or order-fixed gives the same result on any
 * number of threads.
 */
public interface RunObserver<T extends RunObserver<T>> {

    /** One model run's outputs (not centred). */
    void observe(double[] outputs);

    /** Adds the statistics of the chunk that follows this one. */
    void merge(T later);
}
