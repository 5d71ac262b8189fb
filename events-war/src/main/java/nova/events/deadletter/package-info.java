/** The dead-letter store: what consumers gave up on, with the error; replay or discard by an operator. */
package nova.events.deadletter;
