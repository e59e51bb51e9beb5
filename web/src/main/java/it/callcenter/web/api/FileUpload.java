package it.callcenter.web.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method that takes a file: the only kind of call whose body may be something else than JSON (what its
 * own {@code @Consumes} says: multipart with a part {@code file}, or the file's own type) and larger than
 * {@link ApiRequestGuard#MAX_BODY} (the HTTP listener's {@code max-post-size}, 220 MB, bounds it instead).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FileUpload {
}
