package nova.contracts.media;

/** Where the interesting part of an image is, Mastodon's convention: x and y each in [-1, 1], (0, 0) the centre. */
public record FocalPoint(double x, double y) {
}
