package io.xapp.testing.standin;

/** A ConfigMap, Secret or key the pod spec needs does not exist (yet). */
final class MissingInputException extends RuntimeException {

    MissingInputException(String message) {
        super(message);
    }
}
