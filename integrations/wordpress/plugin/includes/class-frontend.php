<?php
/**
 * What visitors get: the chat widget on every public page, the search box where the site asks for it.
 *
 * @package XappAssistant
 */

namespace Xapp\Assistant;

defined( 'ABSPATH' ) || exit;

/**
 * Prints the assistant's script tags, and nothing else: no stylesheet, no script of the plugin's own. Each tag
 * loads asynchronously; the widget's goes in the footer, the search box's stands where the box goes (the search
 * script renders next to its tag).
 */
final class Frontend {

	const WIDGET_HANDLE = 'xapp-assistant-widget';
	const SHORTCODE     = 'xapp_search';

	/** Hooks into WordPress. */
	public static function register() {
		add_action( 'wp_enqueue_scripts', array( self::class, 'enqueue_widget' ) );
		add_filter( 'script_loader_tag', array( self::class, 'widget_tag' ), 10, 2 );
		add_shortcode( self::SHORTCODE, array( self::class, 'search_box' ) );
		add_action( 'init', array( self::class, 'register_block' ) );
		if ( Settings::get()['replace_search_form'] ) {
			// Classic themes ask for get_search_form(); block themes render the core/search block.
			add_filter( 'get_search_form', array( self::class, 'theme_search_form' ) );
			add_filter( 'render_block_core/search', array( self::class, 'theme_search_form' ) );
		}
	}

	/** On public pages (wp_enqueue_scripts never runs in the admin), the widget script in the footer. */
	public static function enqueue_widget() {
		$settings = Settings::get();
		$script   = Settings::script( $settings, Snippet_Parser::WIDGET );
		if ( null === $script || ! $settings['widget_enabled'] || is_admin() ) {
			return;
		}
		// No version: a ?ver= query would make another URL than the snippet's, and the runtime sets its own caching.
		wp_enqueue_script( self::WIDGET_HANDLE, $script['src'], array(), null, true ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion
	}

	/**
	 * The widget's tag as the snippet has it: async, with its key.
	 *
	 * @param string $tag    The tag WordPress made.
	 * @param string $handle The script's handle.
	 */
	public static function widget_tag( $tag, $handle ) {
		if ( self::WIDGET_HANDLE !== $handle ) {
			return $tag;
		}
		$script = Settings::script( Settings::get(), Snippet_Parser::WIDGET );
		return null === $script ? $tag : self::script_tag( $script, self::WIDGET_HANDLE . '-js' );
	}

	/**
	 * The search box: the search script's tag in a container, or '' when search is not set up. Serves the shortcode
	 * and the block (whose arguments it ignores).
	 *
	 * @return string HTML.
	 */
	public static function search_box() {
		$script = Settings::script( Settings::get(), Snippet_Parser::SEARCH );
		if ( null === $script ) {
			return '';
		}
		return '<div class="xapp-search">' . self::script_tag( $script, '' ) . '</div>';
	}

	/**
	 * The theme's search form (classic themes' get_search_form(), block themes' core/search block) replaced by the
	 * search box; kept while search is not set up.
	 *
	 * @param string $form The theme's form.
	 * @return string HTML.
	 */
	public static function theme_search_form( $form ) {
		$box = self::search_box();
		return '' === $box ? $form : $box;
	}

	/** The search block (blocks/search/block.json), rendered on the server by search_box(). */
	public static function register_block() {
		register_block_type(
			dirname( __DIR__ ) . '/blocks/search',
			array( 'render_callback' => array( self::class, 'search_box' ) )
		);
	}

	/**
	 * An async script tag with the channel key, through wp_get_script_tag (so that filters adding, say, a CSP
	 * nonce apply).
	 *
	 * @param array{src:string,key:string} $script The channel's script.
	 * @param string                       $id     The tag's id, or '' for none.
	 */
	private static function script_tag( array $script, $id ) {
		$attributes = array(
			'async'         => true,
			'src'           => $script['src'],
			'data-xapp-key' => $script['key'],
		);
		if ( '' !== $id ) {
			$attributes['id'] = $id;
		}
		return rtrim( wp_get_script_tag( $attributes ) );
	}
}
