package io.xapp.runtime.search;

import io.xapp.runtime.index.BundledText;
import java.util.Arrays;

/**
 * Words of the language, from {@code english-words.txt}: the whole words of the inference model's vocabulary
 * (see {@code src/build/english-words.py}). A word in it is never a typo, whether or not the site uses it.
 * Held as one sorted array (about 1 MiB) rather than a hash set.
 */
final class EnglishWords {

    private static final String RESOURCE = "/english-words.txt";
    private static final String[] WORDS = load();

    private EnglishWords() {
    }

    /** @param word lower case */
    static boolean contains(String word) {
        return Arrays.binarySearch(WORDS, word) >= 0;
    }

    private static String[] load() {
        String[] words = BundledText.entries(RESOURCE).toArray(String[]::new);
        Arrays.sort(words);
        return words;
    }
}
