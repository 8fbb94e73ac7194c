package io.xapp.runtime.content;

/** No index yet: the first crawl of the website is still running (answered with 503 and Retry-After). */
public class NotReadyException extends RuntimeException {

    public NotReadyException() {
        super("the assistant is still reading the website; try again in a minute");
    }
}
