package adjoint.app.document;

import java.io.IOException;

/**
 * A document that cannot be read or written, with a message for a person: {@code midterm.adjoint was saved by a
 * newer Adjoint (format version 2); this version reads version 1}. The file it names is left as it was.
 */
public final class DocumentException extends IOException {
    private static final long serialVersionUID = 1L;

    public DocumentException(String message) {
        super(message);
    }

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
