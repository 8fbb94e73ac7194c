package io.xapp.runtime.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Loads the settings once at start; a wrong configuration stops the start with the loader's message. */
@ApplicationScoped
public class SettingsProducer {

    @Produces
    @Singleton
    RuntimeSettings settings(XappProperties props) {
        return new SettingsLoader().load(props);
    }
}
