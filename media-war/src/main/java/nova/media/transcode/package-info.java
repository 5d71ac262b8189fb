/** Processing jobs: claimed with SKIP LOCKED under a lease, run on the managed scheduler, retried with back-off. */
package nova.media.transcode;
