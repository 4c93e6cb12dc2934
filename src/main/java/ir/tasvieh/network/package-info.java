/**
 * Who is calling: whether a request comes from the machine tasvieh runs on, for what only
 * the local machine may reach (the built-in sandbox, the operations endpoints). A shared
 * module, so any feature may use it.
 */
package ir.tasvieh.network;
