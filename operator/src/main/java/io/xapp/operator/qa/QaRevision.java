package io.xapp.operator.qa;

import io.xapp.api.hash.Sha256;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.xapp.api.v1alpha1.AssistantTemplateSpec;
import io.xapp.api.v1alpha1.BrandStatus;
import io.xapp.api.v1alpha1.Channel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The revision QA approves: a hash of everything a reviewer judges (docs/contracts.md, "QA revision"). Bookkeeping
 * that does not change what visitors see (analysis time, confidence, crawl settings) is left out, so it does not
 * cost an approval.
 */
public final class QaRevision {

    private static final int LENGTH = 16;

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private QaRevision() {
    }

    /**
     * @param template the resolved template with the assistant's own overrides applied (e.g. branding.greeting)
     * @param brand    the effective brand
     */
    public static String of(String website, String companyName, AssistantTemplateSpec template, BrandStatus brand,
            List<Channel> channels) {
        Map<String, Object> reviewed = new LinkedHashMap<>();
        reviewed.put("website", website);
        reviewed.put("companyName", companyName);
        reviewed.put("template", template);
        reviewed.put("brand", visible(brand));
        reviewed.put("channels", channels.stream().map(Channel::id).sorted().toList());
        try {
            return Sha256.hex(CANONICAL.writeValueAsBytes(reviewed)).substring(0, LENGTH);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the reviewed assistant: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> visible(BrandStatus brand) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", brand.getName());
        m.put("logoUrl", brand.getLogoUrl());
        m.put("themeColor", brand.getThemeColor());
        m.put("primaryColor", brand.getPrimaryColor());
        m.put("secondaryColor", brand.getSecondaryColor());
        m.put("accentColor", brand.getAccentColor());
        m.put("fontFamily", brand.getFontFamily());
        m.put("description", brand.getDescription());
        m.values().removeIf(java.util.Objects::isNull);
        return m;
    }
}
