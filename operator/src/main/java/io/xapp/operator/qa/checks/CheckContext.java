package io.xapp.operator.qa.checks;

import io.xapp.crawler.fetch.Fetcher;

/**
 * What a check works with: the target, and clients for the runtime's public API, the bridge and (for what the
 * customer's site serves, such as the logo) the crawler's guarded fetcher.
 */
record CheckContext(CheckTarget target, RuntimeApi runtime, BridgeApi bridge, Fetcher site) {
}
