package io.xapp.runtime.search;

import io.xapp.runtime.config.RuntimeSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The query side's shared, thread-safe parts. */
@ApplicationScoped
public class SearchBeans {

    /** Reads questions with the bundled synonyms and the template's vocabulary for its line of business. */
    @Produces
    @Singleton
    QueryInterpreter interpreter(RuntimeSettings settings) {
        return QueryInterpreter.withVocabulary(settings.template().getVocabulary());
    }
}
