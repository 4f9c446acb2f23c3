/**
 * Every chart of the toolkit (XChart), one class per stage: data, capacity, index, economy, with one style
 * and one shipped font.
 *
 * <p>Floor: above every stage it draws; no stage imports it, so a stage's results never depend on drawing.
 */
package org.suanli.charts;
