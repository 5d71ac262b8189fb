package nova.gateway.media;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where the eye goes in an image, for cropping: x and y each in [-1, 1], (0, 0) the centre, "
        + "x to the right and y upwards (Mastodon's convention)")
public class FocalPoint {

    private final nova.contracts.media.FocalPoint point;

    FocalPoint(nova.contracts.media.FocalPoint point) {
        this.point = point;
    }

    @NonNull
    public double getX() {
        return point.x();
    }

    @NonNull
    public double getY() {
        return point.y();
    }
}
