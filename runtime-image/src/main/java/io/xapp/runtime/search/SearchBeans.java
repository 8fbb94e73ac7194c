package io.xapp.runtime.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The query side's shared, thread-safe parts. */
@ApplicationScoped
public class SearchBeans {

    @Produces
    @Singleton
    QueryInterpreter interpreter() {
        return QueryInterpreter.withDefaultSynonyms();
    }
}
