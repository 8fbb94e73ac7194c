package io.xapp.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Objects;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class NotificationsStatus {

    @JsonPropertyDescription("The last ReadyForInstallation event sent to the partner's event bus.")
    private ReadyForInstallation readyForInstallation;

    public ReadyForInstallation getReadyForInstallation() { return readyForInstallation; }
    public void setReadyForInstallation(ReadyForInstallation r) { this.readyForInstallation = r; }

    @Override
    public boolean equals(Object o) {
        return o instanceof NotificationsStatus that
                && Objects.equals(readyForInstallation, that.readyForInstallation);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(readyForInstallation);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public static class ReadyForInstallation {

        @JsonPropertyDescription("The approved revision the partner was told of.")
        private String revision;

        @JsonPropertyDescription("Idempotency key carried in the event detail; the same for every retry.")
        private String idempotencyKey;

        @JsonPropertyDescription("EventBridge event id returned by PutEvents.")
        private String eventId;

        @JsonPropertyDescription("When PutEvents accepted the event (RFC 3339).")
        private String sentAt;

        public String getRevision() { return revision; }
        public void setRevision(String revision) { this.revision = revision; }
        public String getIdempotencyKey() { return idempotencyKey; }
        public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
        public String getEventId() { return eventId; }
        public void setEventId(String eventId) { this.eventId = eventId; }
        public String getSentAt() { return sentAt; }
        public void setSentAt(String sentAt) { this.sentAt = sentAt; }

        @Override
        public boolean equals(Object o) {
            return o instanceof ReadyForInstallation that && Objects.equals(revision, that.revision)
                    && Objects.equals(idempotencyKey, that.idempotencyKey)
                    && Objects.equals(eventId, that.eventId) && Objects.equals(sentAt, that.sentAt);
        }

        @Override
        public int hashCode() {
            return Objects.hash(revision, idempotencyKey, eventId, sentAt);
        }
    }
}
