/** Student's t distribution and the special functions it rests on. */
package io.breadthflow.core.forecast.distribution;
