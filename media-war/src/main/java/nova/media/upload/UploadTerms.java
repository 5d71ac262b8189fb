package nova.media.upload;

import java.util.ArrayList;
import java.util.List;
import nova.contracts.media.UploadRequest;
import nova.media.file.MediaFile;
import nova.platform.problem.Problem;
import nova.platform.problem.Rejection;

/**
 * An upload request's fields, checked: the file name is metadata only, so one that looks like a path (slashes,
 * {@code ..}, control characters) is refused rather than cleaned; visibility is public unless private; the
 * description is alt text of at most 1500 characters; a declared size is positive.
 */
record UploadTerms(String fileName, Long declaredSize, String visibility, String description) {

    static final int MAX_FILE_NAME = 255;
    static final int MAX_DESCRIPTION = 1500;

    /** @throws Rejection 400 {@code invalid-input} with one error per bad field */
    static UploadTerms of(UploadRequest request) {
        if (request == null) {
            throw Rejection.invalidInput("body", "An upload request is required.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String name = request.fileName() == null || request.fileName().isBlank() ? null : request.fileName().strip();
        if (name != null && (name.length() > MAX_FILE_NAME || name.contains("/") || name.contains("\\")
                || name.equals(".") || name.equals("..") || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f))) {
            errors.add(new Problem.FieldError("fileName",
                    "A plain file name of at most " + MAX_FILE_NAME + " characters: no path, no control characters."));
        }
        if (request.declaredSize() != null && request.declaredSize() <= 0) {
            errors.add(new Problem.FieldError("declaredSize", "A positive number of bytes."));
        }
        String visibility = request.visibility() == null ? MediaFile.PUBLIC : request.visibility();
        if (!visibility.equals(MediaFile.PUBLIC) && !visibility.equals(MediaFile.PRIVATE)) {
            errors.add(new Problem.FieldError("visibility", "Either public or private."));
        }
        String description = request.description() == null || request.description().isBlank() ? null : request.description();
        if (description != null && description.codePointCount(0, description.length()) > MAX_DESCRIPTION) {
            errors.add(new Problem.FieldError("description", "At most " + MAX_DESCRIPTION + " characters."));
        }
        if (!errors.isEmpty()) {
            throw Rejection.invalidInput(errors);
        }
        return new UploadTerms(name, request.declaredSize(), visibility, description);
    }
}
