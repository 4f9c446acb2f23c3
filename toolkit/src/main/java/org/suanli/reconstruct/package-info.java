/**
 * The reconstruction of the reference dataset {@code data/indicators.csv} from what is public: the book's
 * statements, official figures, and the capacity model's provincial shares ({@code data/RECONSTRUCTION.md}).
 *
 * <p>Floor: on top, because it uses the {@code capacity} model and the book's statements ({@code scorecard});
 * nothing in the flow uses it: the stages read the dataset it writes, not this code.
 */
package org.suanli.reconstruct;
