<?php
/**
 * Settings → XAPP Assistant: where the customer pastes the install snippets and sees whether the assistant answers.
 *
 * @package XappAssistant
 */

namespace Xapp\Assistant;

defined( 'ABSPATH' ) || exit;

/** The settings page (Settings API: capability manage_options, nonce and sanitising by options.php). */
final class Settings_Page {

	const SLUG          = 'xapp-assistant';
	const STATUS_HANDLE = 'xapp-assistant-status';

	/**
	 * The page's hook suffix, known once the menu is built.
	 *
	 * @var string
	 */
	private static $hook = '';

	/**
	 * Hooks into WordPress.
	 *
	 * @param string $plugin_basename The plugin's basename, for its action link on the Plugins page.
	 */
	public static function register( $plugin_basename ) {
		add_action( 'admin_init', array( self::class, 'register_fields' ) );
		add_action( 'admin_menu', array( self::class, 'add_page' ) );
		add_action( 'admin_enqueue_scripts', array( self::class, 'enqueue_status_check' ) );
		add_filter( 'plugin_action_links_' . $plugin_basename, array( self::class, 'action_links' ) );
	}

	/** The option and the page's fields. */
	public static function register_fields() {
		Settings::register();
		add_settings_section( 'xapp-assistant-install', __( 'Install snippets', 'xapp-assistant' ), array( self::class, 'install_intro' ), self::SLUG );
		foreach ( Settings::FIELDS as $channel => $field ) {
			add_settings_field(
				$field,
				Messages::channel( $channel ),
				array( self::class, 'snippet_field' ),
				self::SLUG,
				'xapp-assistant-install',
				array(
					'channel'   => $channel,
					'label_for' => 'xapp-assistant-' . $field,
				)
			);
		}
		add_settings_section( 'xapp-assistant-display', __( 'Display', 'xapp-assistant' ), '__return_false', self::SLUG );
		add_settings_field( 'widget_enabled', __( 'Chat widget', 'xapp-assistant' ), array( self::class, 'checkbox_field' ), self::SLUG, 'xapp-assistant-display', array(
			'name'  => 'widget_enabled',
			'label' => __( 'Show the chat widget on every public page', 'xapp-assistant' ),
		) );
		add_settings_field( 'replace_search_form', __( 'Search box', 'xapp-assistant' ), array( self::class, 'checkbox_field' ), self::SLUG, 'xapp-assistant-display', array(
			'name'  => 'replace_search_form',
			/* translators: %s: the shortcode [xapp_search]. */
			'label' => sprintf( __( 'Replace the theme\'s search form with the assistant\'s search box (elsewhere, use the block "Assistant search box" or the shortcode %s)', 'xapp-assistant' ), '[' . Frontend::SHORTCODE . ']' ),
		) );
	}

	/** Under Settings. */
	public static function add_page() {
		self::$hook = (string) add_options_page(
			__( 'XAPP Assistant', 'xapp-assistant' ),
			__( 'XAPP Assistant', 'xapp-assistant' ),
			'manage_options',
			self::SLUG,
			array( self::class, 'render' )
		);
	}

	/**
	 * A "Settings" link beside Deactivate on the Plugins page.
	 *
	 * @param string[] $links The plugin's action links.
	 */
	public static function action_links( $links ) {
		$url = admin_url( 'options-general.php?page=' . self::SLUG );
		array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'xapp-assistant' ) . '</a>' );
		return $links;
	}

	/** The page. */
	public static function render() {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
		self::status_line();
		echo '<form method="post" action="options.php">';
		settings_fields( Settings::GROUP );
		do_settings_sections( self::SLUG );
		submit_button();
		echo '</form></div>';
	}

	/** Says where the snippets come from. */
	public static function install_intro() {
		echo '<p>' . esc_html__( 'Paste the snippets from your assistant\'s install instructions (your provider sends them once the assistant is approved). A whole snippet or only its key will do; the plugin adds the scripts for you.', 'xapp-assistant' ) . '</p>';
	}

	/**
	 * A textarea for one channel's snippet, showing the snippet as stored.
	 *
	 * @param array{channel:string,label_for:string} $args The field's channel and id.
	 */
	public static function snippet_field( array $args ) {
		$field = Settings::FIELDS[ $args['channel'] ];
		printf(
			'<textarea id="%1$s" name="%2$s[%3$s]" rows="3" class="large-text code" spellcheck="false" placeholder="%4$s">%5$s</textarea>',
			esc_attr( $args['label_for'] ),
			esc_attr( Settings::OPTION ),
			esc_attr( $field ),
			esc_attr( sprintf( '<script async src="https://…/%s.js" data-xapp-key="%s…"></script>', $args['channel'], Snippet_Parser::KEY_PREFIXES[ $args['channel'] ] ) ),
			esc_textarea( Settings::snippet( Settings::get(), $args['channel'] ) )
		);
	}

	/**
	 * A checkbox for one switch.
	 *
	 * @param array{name:string,label:string} $args The switch and its label.
	 */
	public static function checkbox_field( array $args ) {
		printf(
			'<label><input type="checkbox" name="%1$s[%2$s]" value="1" %3$s> %4$s</label>',
			esc_attr( Settings::OPTION ),
			esc_attr( $args['name'] ),
			checked( Settings::get()[ $args['name'] ], true, false ),
			esc_html( $args['label'] )
		);
	}

	/**
	 * The status line. The check runs in this browser (assets/status.js), as a visitor's would, so that the
	 * assistant's origin check applies to this site's address.
	 */
	private static function status_line() {
		$settings = Settings::get();
		$widget   = Settings::script( $settings, Snippet_Parser::WIDGET );
		$script   = null !== $widget ? $widget : Settings::script( $settings, Snippet_Parser::SEARCH );
		if ( null === $script ) {
			echo '<p id="xapp-assistant-status" class="notice notice-info inline">' . esc_html__( 'Not set up yet: paste your install snippets below and save.', 'xapp-assistant' ) . '</p>';
			return;
		}
		printf(
			'<p id="xapp-assistant-status" class="notice notice-info inline" role="status" data-url="%1$s" data-key="%2$s">%3$s</p>',
			esc_attr( $settings['assistant_url'] ),
			esc_attr( $script['key'] ),
			esc_html__( 'Checking whether the assistant answers...', 'xapp-assistant' )
		);
	}

	/**
	 * The status check's script, on this page only.
	 *
	 * @param string $hook The admin page's hook suffix.
	 */
	public static function enqueue_status_check( $hook ) {
		if ( '' === self::$hook || $hook !== self::$hook ) {
			return;
		}
		wp_enqueue_script( self::STATUS_HANDLE, plugins_url( 'assets/status.js', __DIR__ ), array(), XAPP_ASSISTANT_VERSION, true );
		$origin = wp_parse_url( home_url() );
		wp_localize_script(
			self::STATUS_HANDLE,
			'xappAssistantStatus',
			array(
				'origin'   => $origin['scheme'] . '://' . $origin['host'] . ( isset( $origin['port'] ) ? ':' . $origin['port'] : '' ),
				/* translators: %s: the assistant's name. */
				'answers'  => __( 'The assistant answers as "%s" on this site.', 'xapp-assistant' ),
				/* translators: %s: this site's address, such as https://example.com. */
				'origin403' => __( 'The assistant refuses requests from this site (%s): it accepts only the website address it was set up for. Ask your provider to set it up for this address, or check that this is the right site.', 'xapp-assistant' ),
				'key401'   => __( 'The assistant does not know this key: paste the snippets again from your latest install instructions.', 'xapp-assistant' ),
				'busy429'  => __( 'The assistant is busy right now (too many requests); this page will show its status again later.', 'xapp-assistant' ),
				/* translators: %s: the HTTP status code. */
				'failed'   => __( 'The assistant answered with an error (HTTP %s). If this persists, tell your provider.', 'xapp-assistant' ),
				/* translators: %s: the assistant's address. */
				'offline'  => __( 'The assistant cannot be reached at %s. Check this computer\'s connection; if it persists, tell your provider.', 'xapp-assistant' ),
			)
		);
	}
}
