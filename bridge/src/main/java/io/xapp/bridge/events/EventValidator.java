package io.xapp.bridge.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.xapp.api.v1alpha1.AssistantSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks a payload against what an Assistant accepts, reporting every problem at once. The template is checked for
 * its name only: the operator holds an Assistant until its template exists, so a custom template may be added after
 * the event.
 */
public final class EventValidator {

    static final int MAX_ID = 256;
    static final int MAX_COMPANY = 200;
    static final int MAX_WEBSITE = 2048;

    private static final Pattern WEBSITE = Pattern.compile(AssistantSpec.WEBSITE_PATTERN);
    private static final Pattern NAME = Pattern.compile(AssistantSpec.NAME_PATTERN);

    private final Set<String> tiers;

    public EventValidator(Set<String> tiers) {
        this.tiers = new TreeSet<>(tiers);
    }

    public CreateSubscription createSubscription(JsonNode p) {
        List<String> problems = new ArrayList<>();
        String id = customerId(p, problems);
        String company = requiredText(p, "company_name", MAX_COMPANY, problems);
        String website = requiredText(p, "website", MAX_WEBSITE, problems);
        if (website != null && !WEBSITE.matcher(website).matches()) {
            problems.add("website '" + website + "' is not an absolute https URL such as https://www.example.com");
        }
        String tier = requiredText(p, "tier", 63, problems);
        if (tier != null && !tiers.contains(tier)) {
            problems.add("tier '" + tier + "' is not one of this partner environment's tiers " + tiers);
        }
        String template = requiredText(p, "template", 253, problems);
        if (template != null && !NAME.matcher(template).matches()) {
            problems.add("template '" + template + "' is not a valid template name (lower-case letters, digits "
                    + "and '-', starting and ending with a letter or digit)");
        }
        Integer months = contractLength(p, problems);
        fail(CreateSubscription.TYPE, id, problems);
        return new CreateSubscription(id, company, website, tier, months, template);
    }

    public Cancellation cancellation(JsonNode p) {
        List<String> problems = new ArrayList<>();
        String id = customerId(p, problems);
        String date = requiredText(p, "effective_date", 64, problems);
        Instant effective = null;
        if (date != null) {
            effective = effectiveDate(date);
            if (effective == null) {
                problems.add("effective_date '" + date + "' is not an ISO-8601 date-time with a zone such as "
                        + "2026-12-31T00:00:00Z (or a date such as 2026-12-31, read as midnight UTC)");
            }
        }
        fail(Cancellation.TYPE, id, problems);
        return new Cancellation(id, effective);
    }

    private static String customerId(JsonNode p, List<String> problems) {
        return requiredText(p, "id", MAX_ID, problems);
    }

    private static Integer contractLength(JsonNode p, List<String> problems) {
        JsonNode v = p.get("contract_length");
        if (v == null || v.isNull()) {
            problems.add("contract_length is required (months, e.g. 12)");
            return null;
        }
        Integer months = null;
        if (v.isIntegralNumber() && v.canConvertToInt()) {
            months = v.intValue();
        } else if (v.isTextual() && v.asText().matches("[0-9]{1,4}")) {
            months = Integer.parseInt(v.asText());
        }
        if (months == null || months < 1 || months > 120) {
            problems.add("contract_length must be a whole number of months from 1 to 120, got " + v);
            return null;
        }
        return months;
    }

    private static Instant effectiveDate(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static String requiredText(JsonNode p, String field, int max, List<String> problems) {
        JsonNode v = p.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            problems.add(field + " is required");
            return null;
        }
        if (!v.isTextual()) {
            problems.add(field + " must be a string, got " + v.getNodeType().name().toLowerCase());
            return null;
        }
        String s = v.asText();
        if (s.length() > max) {
            problems.add(field + " is longer than " + max + " characters");
            return null;
        }
        return s;
    }

    private static void fail(String type, String id, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidEventException(type + (id == null ? "" : " for customer '" + id + "'") + " is invalid: "
                    + String.join("; ", problems));
        }
    }
}
