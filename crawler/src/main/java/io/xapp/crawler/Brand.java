package io.xapp.crawler;

/**
 * The brand read from a site, each field with how sure we are. A field the site does not reveal is null.
 * Colours are lower-case #rrggbb.
 */
public record Brand(
        BrandField<String> name,
        BrandField<String> logoUrl,
        BrandField<String> themeColor,
        BrandField<String> primaryColor,
        BrandField<String> secondaryColor,
        BrandField<String> accentColor,
        BrandField<String> fontFamily,
        BrandField<String> description) {

    public static final Brand EMPTY = new Brand(null, null, null, null, null, null, null, null);
}
