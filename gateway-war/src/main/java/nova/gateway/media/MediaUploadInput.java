package nova.gateway.media;

import nova.contracts.media.UploadRequest;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A JavaBean: the engine builds input objects through a no-argument constructor and setters. */
@Input("MediaUploadInput")
@Description("The file you are about to upload. The media context checks each field: the declared size against the "
        + "limits and your quota, the description at most 1500 characters; the type is read from the bytes later, "
        + "never from the file name")
public class MediaUploadInput {

    @NonNull
    @Description("The file's name: kept as a label only, never used as a path")
    private String fileName;
    @Description("How many bytes you will send, if known: over the limit or your quota it is refused now")
    private Integer declaredSize;
    @Description("PUBLIC when left out")
    private MediaVisibility visibility;
    @Description("Alternative text, at most 1500 characters")
    private String description;

    public String getFileName() {
        return fileName;
    }

    public void setFileName(String fileName) {
        this.fileName = fileName;
    }

    public Integer getDeclaredSize() {
        return declaredSize;
    }

    public void setDeclaredSize(Integer declaredSize) {
        this.declaredSize = declaredSize;
    }

    public MediaVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(MediaVisibility visibility) {
        this.visibility = visibility;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    UploadRequest toRequest() {
        return new UploadRequest(fileName, declaredSize == null ? null : declaredSize.longValue(),
                visibility == null ? null : visibility.wire(), description);
    }
}
