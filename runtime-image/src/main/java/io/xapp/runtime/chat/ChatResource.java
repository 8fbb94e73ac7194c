package io.xapp.runtime.chat;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** POST /api/chat {"message", "sessionId"} to a {@link ChatReply}. */
@Path("/api/chat")
public class ChatResource {

    static final int MAX_MESSAGE_CHARS = 1000;

    private final ChatService chat;

    ChatResource(ChatService chat) {
        this.chat = chat;
    }

    /** @param userId optional anonymous visitor id the widget keeps in the browser */
    public record ChatRequest(String message, String sessionId, String userId) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ChatReply chat(ChatRequest request) {
        if (request == null || request.message() == null || request.message().isBlank()) {
            throw new BadRequestException("message is required");
        }
        if (request.message().length() > MAX_MESSAGE_CHARS) {
            throw new BadRequestException("message is longer than " + MAX_MESSAGE_CHARS + " characters");
        }
        return chat.reply(request.message().strip(), request.sessionId(), request.userId());
    }
}
