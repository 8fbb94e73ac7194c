package io.xapp.crawler;

/**
 * One detected brand value.
 *
 * @param confidence from 0 (a guess) to 1 (declared by the site for exactly this purpose)
 * @param source     where it came from, e.g. "meta theme-color", "header logo img", "css --primary"
 */
public record BrandField<T>(T value, double confidence, String source) {
}
