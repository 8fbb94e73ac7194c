<?php
/**
 * What the settings page tells the customer when it refuses what they pasted.
 *
 * @package XappAssistant
 */

namespace Xapp\Assistant;

defined( 'ABSPATH' ) || exit;

/** Refusals in words: what is wrong and what to paste instead. */
final class Messages {

	/**
	 * The channel's name as the settings page shows it.
	 *
	 * @param string $channel Snippet_Parser::WIDGET or Snippet_Parser::SEARCH.
	 */
	public static function channel( $channel ) {
		return Snippet_Parser::WIDGET === $channel
			? __( 'Chat widget', 'xapp-assistant' )
			: __( 'Search box', 'xapp-assistant' );
	}

	/**
	 * Why the text pasted for a channel was refused.
	 *
	 * @param string        $channel Snippet_Parser::WIDGET or Snippet_Parser::SEARCH.
	 * @param Snippet_Error $error   The parser's refusal.
	 */
	public static function refusal( $channel, Snippet_Error $error ) {
		$prefix = Snippet_Parser::KEY_PREFIXES[ $channel ];
		switch ( $error->code ) {
			case Snippet_Error::ATTRIBUTE:
				/* translators: %s: an HTML attribute name, such as onload. */
				$reason = sprintf( __( 'the snippet has an attribute that install snippets never have (%s). Paste the snippet exactly as you received it.', 'xapp-assistant' ), $error->detail );
				break;
			case Snippet_Error::SCRIPT_URL:
				/* translators: %s: the script file name, widget.js or search.js. */
				$reason = sprintf( __( 'the script address is not one of an assistant. Only install snippets are accepted: their address ends in /%s and starts with https://.', 'xapp-assistant' ), $channel . '.js' );
				break;
			case Snippet_Error::INSECURE_URL:
				$reason = __( 'the script address must start with https://.', 'xapp-assistant' );
				break;
			case Snippet_Error::OTHER_CHANNEL:
				$reason = __( 'this is the snippet or key of the other channel: the chat widget\'s key starts with wk_, the search box\'s with sk_.', 'xapp-assistant' );
				break;
			case Snippet_Error::NOT_A_KEY:
				/* translators: %s: the key prefix, wk_ or sk_. */
				$reason = sprintf( __( 'this is not a key. Keys start with %s and are followed by letters, digits, - and _.', 'xapp-assistant' ), $prefix );
				break;
			default:
				$reason = __( 'this is not an install snippet. Paste the whole script tag from your install instructions, or only its key.', 'xapp-assistant' );
		}
		/* translators: 1: the channel (Chat widget, Search box), 2: what is wrong. */
		return sprintf( __( '%1$s: %2$s Nothing was saved.', 'xapp-assistant' ), self::channel( $channel ), $reason );
	}

	/** Both snippets were pasted, from two assistants. */
	public static function different_assistants() {
		return __( 'The chat widget and search box snippets come from two different assistants. Paste both from the same install instructions. Nothing was saved.', 'xapp-assistant' );
	}

	/** Only keys were pasted and the plugin does not know the assistant's address yet. */
	public static function snippet_needed() {
		return __( 'Paste a whole snippet at least once (not only its key), so that the plugin learns your assistant\'s address. Nothing was saved.', 'xapp-assistant' );
	}
}
