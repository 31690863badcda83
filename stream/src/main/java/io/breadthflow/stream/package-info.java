/** The real-time pipeline on Apache Flink. */
package io.breadthflow.stream;
