/** Background work every context runs the same way: repeated rounds on the server's managed scheduler. */
package nova.platform.scheduling;
