package io.xapp.runtime.search;

import io.xapp.runtime.index.Suggestions;
import io.xapp.runtime.usage.UsageRecorder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** GET /api/search?q= (ranked pages with highlighted snippets and suggestions) and GET /api/suggest?q=. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final int MAX_QUERY_CHARS = 200;
    static final int MAX_RESULTS = 20;

    private final SearchService search;
    private final UsageRecorder usage;

    SearchResource(SearchService search, UsageRecorder usage) {
        this.search = search;
        this.usage = usage;
    }

    @GET
    @Path("/search")
    public SearchResults search(@QueryParam("q") String q, @QueryParam("limit") @DefaultValue("5") int limit,
                                @HeaderParam("X-Xapp-Session") String sessionId,
                                @HeaderParam("X-Xapp-User") String userId) {
        String query = checked(q);
        if (limit < 1 || limit > MAX_RESULTS) {
            throw new BadRequestException("limit must be between 1 and " + MAX_RESULTS);
        }
        SearchResults results = search.search(query, limit);
        usage.recordSearch(sessionId, userId, query, results.noContent());
        return results;
    }

    @GET
    @Path("/suggest")
    public List<Suggestions.Suggestion> suggest(@QueryParam("q") String q) {
        return search.suggest(checked(q));
    }

    private static String checked(String q) {
        if (q == null || q.isBlank()) {
            throw new BadRequestException("q is required");
        }
        if (q.length() > MAX_QUERY_CHARS) {
            throw new BadRequestException("q is longer than " + MAX_QUERY_CHARS + " characters");
        }
        return q.strip();
    }
}
