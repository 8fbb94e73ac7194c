package io.xapp.inference.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.xapp.inference.app.EmbeddingService;
import io.xapp.inference.app.InferenceConfig;
import io.xapp.inference.app.InferenceMetrics;
import io.xapp.inference.batch.MicroBatcher;
import io.xapp.inference.model.EmbeddingModel;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;

/** The runtimes' API (docs/contracts.md, "Runtime to inference service"). */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class EmbeddingsResource {

    private final EmbeddingService service;
    private final AssistantAuth auth;
    private final InferenceConfig config;
    private final InferenceMetrics metrics;
    private final ObjectMapper json;

    EmbeddingsResource(EmbeddingService service, AssistantAuth auth, InferenceConfig config,
            InferenceMetrics metrics, ObjectMapper json) {
        this.service = service;
        this.auth = auth;
        this.config = config;
        this.metrics = metrics;
        this.json = json;
    }

    /**
     * One vector per text. The body is taken as bytes and read here, so that every malformed body gets a 400
     * naming its fault rather than the framework's own answer.
     */
    @POST
    @Path("/embeddings")
    @Consumes(MediaType.WILDCARD)
    public CompletionStage<EmbeddingsResponse> embed(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(AssistantAuth.ASSISTANT_HEADER) String assistant, byte[] body) {
        try {
            auth.verify(authorization, assistant);
        } catch (ApiException e) {
            metrics.unauthorized();
            throw e;
        }
        if (body != null && body.length > config.maxBodyBytes()) {
            throw BodyLimit.exceeded(body.length, config.maxBodyBytes());
        }
        EmbeddingsRequest request = EmbeddingsRequest.parse(body == null ? new byte[0] : body, json,
                config.maxTexts());
        MicroBatcher batcher = service.batcher().orElseThrow(() -> new ModelLoadingException(service.model()));
        EmbeddingModel model = service.model();
        return service.cache().embed(request.kind(), request.texts(),
                        (kind, texts) -> batcher.submit(kind, request.priority(), texts))
                .thenApply(vectors -> new EmbeddingsResponse(model.name(), model.dimensions(), vectors));
    }

    /** Which model answers; no token needed, it is no secret. */
    @GET
    @Path("/model")
    public ModelInfo model() {
        return new ModelInfo(service.model().name(), service.model().dimensions());
    }
}
