package io.xapp.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.fabric8.generator.annotation.Max;
import io.fabric8.generator.annotation.Min;
import io.fabric8.generator.annotation.Pattern;
import io.fabric8.generator.annotation.Required;
import io.fabric8.generator.annotation.Size;
import io.fabric8.generator.annotation.ValidationRule;
import java.util.List;
import java.util.Objects;

@JsonInclude(JsonInclude.Include.NON_NULL)
public class AssistantSpec {

    /** Absolute http(s) URL with a host; the crawler refuses private addresses at fetch time. */
    public static final String WEBSITE_PATTERN = "^https?://[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:[0-9]{1,5})?(/[^\\s]*)?$";
    public static final String NAME_PATTERN = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";

    @Required
    @Size(min = 1, max = 256)
    @JsonPropertyDescription("The partner's id for this customer, exactly as the partner sent it (any string). "
            + "Also carried, made label-safe, in the label xapp.io/customer-id.")
    private String customerId;

    @Required
    @Size(min = 1, max = 200)
    @JsonPropertyDescription("The customer's company name as the partner knows it; the assistant's name unless "
            + "branding.name overrides it.")
    private String companyName;

    @Required
    @Size(max = 2048)
    @Pattern(WEBSITE_PATTERN)
    @ValidationRule(value = "isURL(self) && url(self).getScheme() in ['http', 'https'] && url(self).getHostname() != ''",
            message = "website must be an absolute http(s) URL with a host, for example https://www.example.com")
    @JsonPropertyDescription("The customer's public website, an absolute https URL (http is accepted for local "
            + "testing). Everything the assistant knows starts here.")
    private String website;

    @Required
    @Size(min = 1, max = 63)
    @Pattern(NAME_PATTERN)
    @JsonPropertyDescription("The partner tier. The partner environment maps it to channels and limits; an "
            + "unknown tier holds the assistant with the condition TierResolved=False until it is configured.")
    private String tier;

    @Required
    @Min(1)
    @Max(120)
    @JsonPropertyDescription("Contract length in months (1 to 120; 1, 12 and 24 are common).")
    private Integer contractLengthMonths;

    @Required
    @Size(min = 1, max = 253)
    @Pattern(NAME_PATTERN)
    @JsonPropertyDescription("Name of the AssistantTemplate in this namespace (persona, greeting, suggested "
            + "questions, calls to action). A missing template holds the assistant with TemplateResolved=False "
            + "until it appears.")
    private String template;

    @Size(min = 1, max = 2)
    @ValidationRule(value = "self.all(c, self.exists_one(d, d == c))", message = "channels must not repeat")
    @JsonPropertyDescription("Channels to run, overriding the tier's default: widget (chat) and/or search.")
    private List<Channel> channels;

    @JsonPropertyDescription("How the runtime crawls the website for answer content.")
    private CrawlSpec crawl;

    @JsonPropertyDescription("Branding that wins over what site analysis detected; QA fixes a wrong logo or "
            + "colour here. Changing it after approval needs a new approval.")
    private BrandingSpec branding;

    @JsonPropertyDescription("Set by a Cancellation event: when the assistant and everything made for the "
            + "customer is removed.")
    private CancellationSpec cancellation;

    public String getCustomerId() { return customerId; }
    public void setCustomerId(String customerId) { this.customerId = customerId; }
    public String getCompanyName() { return companyName; }
    public void setCompanyName(String companyName) { this.companyName = companyName; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getTier() { return tier; }
    public void setTier(String tier) { this.tier = tier; }
    public Integer getContractLengthMonths() { return contractLengthMonths; }
    public void setContractLengthMonths(Integer contractLengthMonths) { this.contractLengthMonths = contractLengthMonths; }
    public String getTemplate() { return template; }
    public void setTemplate(String template) { this.template = template; }
    public List<Channel> getChannels() { return channels; }
    public void setChannels(List<Channel> channels) { this.channels = channels; }
    public CrawlSpec getCrawl() { return crawl; }
    public void setCrawl(CrawlSpec crawl) { this.crawl = crawl; }
    public BrandingSpec getBranding() { return branding; }
    public void setBranding(BrandingSpec branding) { this.branding = branding; }
    public CancellationSpec getCancellation() { return cancellation; }
    public void setCancellation(CancellationSpec cancellation) { this.cancellation = cancellation; }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof AssistantSpec that)) return false;
        return Objects.equals(customerId, that.customerId) && Objects.equals(companyName, that.companyName)
                && Objects.equals(website, that.website) && Objects.equals(tier, that.tier)
                && Objects.equals(contractLengthMonths, that.contractLengthMonths)
                && Objects.equals(template, that.template) && Objects.equals(channels, that.channels)
                && Objects.equals(crawl, that.crawl) && Objects.equals(branding, that.branding)
                && Objects.equals(cancellation, that.cancellation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(customerId, companyName, website, tier, contractLengthMonths, template, channels, crawl,
                branding, cancellation);
    }
}
