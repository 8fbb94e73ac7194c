package io.xapp.runtime.search;

/** One page in the search results: its title, the deep link to the best passage, and a highlighted snippet. */
public record SearchHit(String title, String url, Snippet snippet) {
}
