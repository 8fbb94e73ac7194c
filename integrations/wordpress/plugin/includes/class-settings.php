<?php
/**
 * The plugin's one option: where the assistant is, its channel keys, and two switches.
 *
 * @package XappAssistant
 */

namespace Xapp\Assistant;

defined( 'ABSPATH' ) || exit;

/**
 * Reads, validates and stores the option `xapp_assistant`. The settings form posts the pasted snippets
 * (`widget_snippet`, `search_snippet`) and the switches; what is stored is the assistant's base URL and the keys
 * read from them, never the pasted text.
 */
final class Settings {

	const OPTION = 'xapp_assistant';
	const GROUP  = 'xapp_assistant';

	const DEFAULTS = array(
		'assistant_url'       => '',
		'widget_key'          => '',
		'search_key'          => '',
		'widget_enabled'      => true,
		'replace_search_form' => false,
	);

	/** The form's field per channel. */
	const FIELDS = array(
		Snippet_Parser::WIDGET => 'widget_snippet',
		Snippet_Parser::SEARCH => 'search_snippet',
	);

	/** Registers the option with the Settings API (its sanitising callback runs on every save). */
	public static function register() {
		register_setting(
			self::GROUP,
			self::OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => array( self::class, 'sanitize' ),
				'default'           => self::DEFAULTS,
				'show_in_rest'      => false,
			)
		);
	}

	/**
	 * The stored settings, with defaults for what is missing.
	 *
	 * @return array{assistant_url:string,widget_key:string,search_key:string,widget_enabled:bool,replace_search_form:bool}
	 */
	public static function get() {
		$stored = get_option( self::OPTION, array() );
		return self::normalize( is_array( $stored ) ? $stored : array() );
	}

	/**
	 * The channel's script URL and key, or null when the channel is not set up.
	 *
	 * @param array  $settings What get() returns.
	 * @param string $channel  Snippet_Parser::WIDGET or Snippet_Parser::SEARCH.
	 * @return array{src:string,key:string}|null
	 */
	public static function script( array $settings, $channel ) {
		$key = $settings[ $channel . '_key' ];
		if ( '' === $settings['assistant_url'] || '' === $key ) {
			return null;
		}
		return array(
			'src' => $settings['assistant_url'] . $channel . '.js',
			'key' => $key,
		);
	}

	/**
	 * The channel's snippet as ReadyForInstallation gives it (shown in the form), or '' when not set up.
	 *
	 * @param array  $settings What get() returns.
	 * @param string $channel  Snippet_Parser::WIDGET or Snippet_Parser::SEARCH.
	 */
	public static function snippet( array $settings, $channel ) {
		$script = self::script( $settings, $channel );
		return null === $script ? '' : sprintf(
			'<script async src="%s" data-xapp-key="%s"></script>',
			esc_attr( $script['src'] ),
			esc_attr( $script['key'] )
		);
	}

	/**
	 * The Settings API's sanitising callback: the form's input to the stored value. On any refusal the stored value
	 * stays as it was and each reason is shown on the settings page.
	 *
	 * @param mixed $input The posted `xapp_assistant[...]` fields (or, see below, an already sanitised value).
	 * @return array The value to store.
	 */
	public static function sanitize( $input ) {
		$current = self::get();
		if ( ! is_array( $input ) ) {
			return $current;
		}
		// The first save of an option sanitises twice (update_option, then add_option): the second time with
		// what the first returned, which has no form fields.
		if ( ! isset( $input[ self::FIELDS[ Snippet_Parser::WIDGET ] ] ) && ! isset( $input[ self::FIELDS[ Snippet_Parser::SEARCH ] ] ) ) {
			return self::revalidated( $input, $current );
		}
		$base   = null;
		$keys   = array();
		$errors = array();
		foreach ( self::FIELDS as $channel => $field ) {
			$text             = isset( $input[ $field ] ) && is_string( $input[ $field ] ) ? trim( $input[ $field ] ) : '';
			$keys[ $channel ] = '';
			if ( '' === $text ) {
				continue;
			}
			$parsed = Snippet_Parser::parse( $text, $channel );
			if ( $parsed instanceof Snippet_Error ) {
				$errors[ $channel ] = Messages::refusal( $channel, $parsed );
				continue;
			}
			$keys[ $channel ] = $parsed->key;
			if ( null !== $parsed->base_url ) {
				if ( null !== $base && $base !== $parsed->base_url ) {
					$errors['assistant'] = Messages::different_assistants();
				}
				$base = $parsed->base_url;
			}
		}
		$has_key = '' !== $keys[ Snippet_Parser::WIDGET ] || '' !== $keys[ Snippet_Parser::SEARCH ];
		if ( empty( $errors ) && $has_key && null === $base ) {
			$base = '' !== $current['assistant_url'] ? $current['assistant_url'] : null;
			if ( null === $base ) {
				$errors['assistant'] = Messages::snippet_needed();
			}
		}
		if ( ! empty( $errors ) ) {
			foreach ( $errors as $code => $message ) {
				add_settings_error( self::OPTION, 'xapp-assistant-' . $code, $message, 'error' );
			}
			return $current;
		}
		return array(
			'assistant_url'       => $has_key ? $base : '',
			'widget_key'          => $keys[ Snippet_Parser::WIDGET ],
			'search_key'          => $keys[ Snippet_Parser::SEARCH ],
			'widget_enabled'      => ! empty( $input['widget_enabled'] ),
			'replace_search_form' => ! empty( $input['replace_search_form'] ),
		);
	}

	/**
	 * A stored-form value checked again (a second sanitising pass, or a value set by code): only our URL and key
	 * forms survive; anything else leaves the current value.
	 *
	 * @param array $value   The value in stored form.
	 * @param array $current The stored value.
	 */
	private static function revalidated( array $value, array $current ) {
		$value = self::normalize( $value );
		foreach ( array( Snippet_Parser::WIDGET, Snippet_Parser::SEARCH ) as $channel ) {
			$key = $value[ $channel . '_key' ];
			if ( '' !== $key && ! is_string( Snippet_Parser::key( $key, $channel ) ) ) {
				return $current;
			}
		}
		$url = $value['assistant_url'];
		if ( '' !== $url && $url !== Snippet_Parser::base_url( $url . 'widget.js', Snippet_Parser::WIDGET ) ) {
			return $current;
		}
		return $value;
	}

	/**
	 * Known keys only, each of its type, defaults for the rest.
	 *
	 * @param array $value A stored or proposed value.
	 */
	private static function normalize( array $value ) {
		$settings = self::DEFAULTS;
		foreach ( self::DEFAULTS as $name => $default ) {
			if ( array_key_exists( $name, $value ) ) {
				$settings[ $name ] = is_bool( $default ) ? (bool) $value[ $name ]
					: ( is_string( $value[ $name ] ) ? $value[ $name ] : $default );
			}
		}
		return $settings;
	}
}
