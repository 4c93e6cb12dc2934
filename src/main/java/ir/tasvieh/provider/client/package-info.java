/**
 * What the NextPay and Vandar clients share: an HTTP client that never sends a call twice
 * on its own, and the lenient reading of the fields of their JSON answers.
 */
package ir.tasvieh.provider.client;
