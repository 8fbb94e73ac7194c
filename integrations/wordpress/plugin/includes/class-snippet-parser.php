<?php
/**
 * Reads what the customer pastes: an install snippet from ReadyForInstallation, or only its key.
 *
 * Only our own forms pass (docs/contracts.md, "Public URLs and snippets"): one script tag whose src is an
 * assistant's channel script and whose data-xapp-key is that channel's key. The plugin never prints what was
 * pasted; it prints a tag it builds from the URL and key read here, so the settings cannot carry other script.
 *
 * Plain PHP without WordPress functions, so that it is unit-tested on its own.
 *
 * @package XappAssistant
 */

namespace Xapp\Assistant;

defined( 'ABSPATH' ) || exit;

/** Parses snippets and keys; errors are codes, which the settings turn into translated messages. */
final class Snippet_Parser {

	const WIDGET = 'widget';
	const SEARCH = 'search';

	/** Key prefix per channel: the operator makes keys `wk_` / `sk_` + 24 random bytes, base64url (32 chars). */
	const KEY_PREFIXES = array(
		self::WIDGET => 'wk_',
		self::SEARCH => 'sk_',
	);

	/** Attributes a snippet may carry; anything else (onload, type, integrity ...) is refused. */
	const ATTRIBUTES = array( 'async', 'defer', 'src', 'data-xapp-key', 'data-xapp-target' );

	/** An assistant's name: a DNS-1035 label, the last path segment of its public base URL. */
	const NAME = '[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?';

	/**
	 * Parses the text pasted for `$channel`.
	 *
	 * @param string $input   A whole snippet or a key; surrounding white space is ignored.
	 * @param string $channel self::WIDGET or self::SEARCH.
	 * @return Parsed_Snippet|Snippet_Error The assistant's base URL (null when only a key was given) and key.
	 */
	public static function parse( $input, $channel ) {
		$text = trim( (string) $input );
		if ( '' === $text ) {
			return new Snippet_Error( Snippet_Error::EMPTY_INPUT );
		}
		if ( '<' !== $text[0] ) {
			$key = self::key( $text, $channel );
			return $key instanceof Snippet_Error ? $key : new Parsed_Snippet( null, $key );
		}
		if ( ! preg_match( '#^<script\b([^<>]*)>\s*</script\s*>$#i', $text, $tag ) ) {
			return new Snippet_Error( Snippet_Error::NOT_A_SNIPPET );
		}
		$attributes = self::attributes( $tag[1] );
		if ( $attributes instanceof Snippet_Error ) {
			return $attributes;
		}
		if ( ! isset( $attributes['src'], $attributes['data-xapp-key'] ) ) {
			return new Snippet_Error( Snippet_Error::NOT_A_SNIPPET );
		}
		$base = self::base_url( $attributes['src'], $channel );
		if ( $base instanceof Snippet_Error ) {
			return $base;
		}
		$key = self::key( $attributes['data-xapp-key'], $channel );
		return $key instanceof Snippet_Error ? $key : new Parsed_Snippet( $base, $key );
	}

	/**
	 * The channel key, if `$text` has our form for `$channel`.
	 *
	 * @param string $text    The key as pasted or read from data-xapp-key.
	 * @param string $channel self::WIDGET or self::SEARCH.
	 * @return string|Snippet_Error
	 */
	public static function key( $text, $channel ) {
		$key = trim( $text );
		if ( preg_match( '/^(wk|sk)_[A-Za-z0-9_-]{16,128}$/', $key ) ) {
			return 0 === strpos( $key, self::KEY_PREFIXES[ $channel ] ) ? $key
				: new Snippet_Error( Snippet_Error::OTHER_CHANNEL );
		}
		return new Snippet_Error( '<' === substr( $key, 0, 1 ) || false !== strpos( $key, '://' )
			? Snippet_Error::NOT_A_SNIPPET : Snippet_Error::NOT_A_KEY );
	}

	/**
	 * The assistant's public base URL (ending in `/`), if `$src` is its script for `$channel`:
	 * `https://host[:port][/prefix]/<assistant>/<channel>.js`, without credentials, query or fragment. Plain http is
	 * accepted for loopback hosts only (a development machine); a site served over https could not load it anyway.
	 *
	 * @param string $src     The script URL.
	 * @param string $channel self::WIDGET or self::SEARCH.
	 * @return string|Snippet_Error
	 */
	public static function base_url( $src, $channel ) {
		$parts = preg_match( '#^[\x21-\x7e]+$#', $src ) ? parse_url( $src ) : false;
		if ( ! is_array( $parts ) || ! isset( $parts['scheme'], $parts['host'], $parts['path'] )
			|| isset( $parts['user'], $parts['pass'], $parts['query'], $parts['fragment'] )
			|| false !== strpbrk( $src, '?#@\\' )
			|| ! preg_match( '/^(?:[a-z0-9](?:[-a-z0-9]*[a-z0-9])?\.)*[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$|^\[::1\]$/i', $parts['host'] ) ) {
			return new Snippet_Error( Snippet_Error::SCRIPT_URL );
		}
		$scheme = strtolower( $parts['scheme'] );
		if ( 'https' !== $scheme && ! ( 'http' === $scheme && self::is_loopback( $parts['host'] ) ) ) {
			return new Snippet_Error( 'http' === $scheme ? Snippet_Error::INSECURE_URL : Snippet_Error::SCRIPT_URL );
		}
		if ( ! preg_match( '#^((?:/[A-Za-z0-9._~-]+)*/' . self::NAME . '/)(widget|search)\.js$#', $parts['path'], $path )
			|| false !== strpos( $parts['path'], '/../' ) || false !== strpos( $parts['path'], '/./' ) ) {
			return new Snippet_Error( Snippet_Error::SCRIPT_URL );
		}
		if ( $path[2] !== $channel ) {
			return new Snippet_Error( Snippet_Error::OTHER_CHANNEL );
		}
		$port = isset( $parts['port'] ) ? ':' . $parts['port'] : '';
		return $scheme . '://' . strtolower( $parts['host'] ) . $port . $path[1];
	}

	/**
	 * The tag's attributes, names lower-cased, values with HTML entities decoded.
	 *
	 * @param string $text What stands between `<script` and `>`.
	 * @return array<string,string>|Snippet_Error
	 */
	private static function attributes( $text ) {
		$pattern = '/\G\s+([a-zA-Z][a-zA-Z0-9-]*)(?:\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|([^\s"\'=<>`]+)))?/';
		$attributes = array();
		$at = 0;
		$rest = rtrim( $text );
		while ( $at < strlen( $rest ) ) {
			if ( ! preg_match( $pattern, $rest, $m, PREG_UNMATCHED_AS_NULL, $at ) ) {
				return new Snippet_Error( Snippet_Error::NOT_A_SNIPPET );
			}
			$name = strtolower( $m[1] );
			if ( ! in_array( $name, self::ATTRIBUTES, true ) || isset( $attributes[ $name ] ) ) {
				return new Snippet_Error( Snippet_Error::ATTRIBUTE, $name );
			}
			$value = $m[2] ?? $m[3] ?? $m[4] ?? '';
			$attributes[ $name ] = html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' );
			$at += strlen( $m[0] );
		}
		return $attributes;
	}

	/**
	 * Whether `$host` is this machine.
	 *
	 * @param string $host A host name or address.
	 */
	private static function is_loopback( $host ) {
		$host = strtolower( $host );
		return 'localhost' === $host || '[::1]' === $host || 1 === preg_match( '/^127(?:\.\d{1,3}){3}$/', $host );
	}
}
