package io.xapp.runtime.config;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** GET /api/config: brand and template for the channel scripts (key and origin checked by ApiAccessHandler). */
@Path("/api/config")
public class ConfigResource {

    private final PublicConfig config;

    ConfigResource(RuntimeSettings settings) {
        this.config = PublicConfig.of(settings);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public PublicConfig config() {
        return config;
    }
}
