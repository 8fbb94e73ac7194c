<?php
/**
 * @package XappAssistant
 */

use PHPUnit\Framework\TestCase;
use Xapp\Assistant\Settings;

/** The settings form's input to the stored option, and the refusals that leave the option as it was. */
final class SettingsTest extends TestCase {

	const BASE       = 'https://assist.partner.example/ast-acme-0123456789/';
	const WIDGET_KEY = 'wk_AbCdEfGhIjKlMnOpQrStUvWxYz012345';
	const SEARCH_KEY = 'sk_ZyXwVuTsRqPoNmLkJiHgFeDcBa987654';
	const STORED     = array(
		'assistant_url'       => self::BASE,
		'widget_key'          => self::WIDGET_KEY,
		'search_key'          => self::SEARCH_KEY,
		'widget_enabled'      => true,
		'replace_search_form' => false,
	);

	protected function setUp(): void {
		WordPress_Fake::reset();
	}

	private static function snippet( $channel, $key, $base = self::BASE ) {
		return '<script async src="' . $base . $channel . '.js" data-xapp-key="' . $key . '"></script>';
	}

	private static function form( $widget, $search, array $switches = array( 'widget_enabled' => '1' ) ) {
		return array(
			'widget_snippet' => $widget,
			'search_snippet' => $search,
		) + $switches;
	}

	public function test_without_an_option_the_defaults() {
		$this->assertSame( Settings::DEFAULTS, Settings::get() );
		$this->assertNull( Settings::script( Settings::get(), 'widget' ) );
		$this->assertSame( '', Settings::snippet( Settings::get(), 'search' ) );
	}

	public function test_stores_the_assistant_and_keys_read_from_the_snippets() {
		$stored = Settings::sanitize( self::form( self::snippet( 'widget', self::WIDGET_KEY ), self::snippet( 'search', self::SEARCH_KEY ) ) );

		$this->assertSame( self::STORED, $stored );
		$this->assertSame( array(), WordPress_Fake::$settings_errors );
	}

	public function test_shows_the_stored_snippets_as_they_were_given_and_saving_them_again_changes_nothing() {
		WordPress_Fake::$options['xapp_assistant'] = self::STORED;
		$settings                                  = Settings::get();

		$this->assertSame( self::snippet( 'widget', self::WIDGET_KEY ), Settings::snippet( $settings, 'widget' ) );
		$this->assertSame( array( 'src' => self::BASE . 'search.js', 'key' => self::SEARCH_KEY ), Settings::script( $settings, 'search' ) );
		$this->assertSame( self::STORED, Settings::sanitize( self::form( Settings::snippet( $settings, 'widget' ), Settings::snippet( $settings, 'search' ) ) ) );
	}

	public function test_a_key_alone_uses_the_assistant_already_known() {
		WordPress_Fake::$options['xapp_assistant'] = array( 'assistant_url' => self::BASE, 'widget_key' => self::WIDGET_KEY ) + Settings::DEFAULTS;

		$stored = Settings::sanitize( self::form( self::WIDGET_KEY, self::SEARCH_KEY ) );

		$this->assertSame( self::STORED, $stored );
	}

	public function test_a_key_alone_on_a_new_site_is_refused_with_what_to_do() {
		$stored = Settings::sanitize( self::form( self::WIDGET_KEY, '' ) );

		$this->assertSame( Settings::DEFAULTS, $stored );
		$this->assertCount( 1, WordPress_Fake::$settings_errors );
		$this->assertStringContainsString( 'Paste a whole snippet at least once', WordPress_Fake::$settings_errors[0]['message'] );
	}

	public function test_a_foreign_script_is_refused_and_the_stored_settings_stay() {
		WordPress_Fake::$options['xapp_assistant'] = self::STORED;

		$stored = Settings::sanitize( self::form( '<script src="https://evil.example/x.js"></script>', self::snippet( 'search', self::SEARCH_KEY ) ) );

		$this->assertSame( self::STORED, $stored );
		$this->assertSame( 'xapp_assistant', WordPress_Fake::$settings_errors[0]['setting'] );
		$this->assertSame( 'error', WordPress_Fake::$settings_errors[0]['type'] );
		$this->assertStringStartsWith( 'Chat widget: this is not an install snippet.', WordPress_Fake::$settings_errors[0]['message'] );
	}

	public function test_each_refused_field_says_why() {
		Settings::sanitize( self::form( self::snippet( 'search', self::SEARCH_KEY ), 'wk_short' ) );

		$messages = array_column( WordPress_Fake::$settings_errors, 'message' );
		$this->assertCount( 2, $messages );
		$this->assertStringStartsWith( 'Chat widget: this is the snippet or key of the other channel', $messages[0] );
		$this->assertStringStartsWith( 'Search box: this is not a key. Keys start with sk_', $messages[1] );
	}

	public function test_snippets_of_two_assistants_are_refused() {
		$stored = Settings::sanitize( self::form( self::snippet( 'widget', self::WIDGET_KEY ), self::snippet( 'search', self::SEARCH_KEY, 'https://assist.partner.example/ast-other-0123456789/' ) ) );

		$this->assertSame( Settings::DEFAULTS, $stored );
		$this->assertStringContainsString( 'two different assistants', WordPress_Fake::$settings_errors[0]['message'] );
	}

	public function test_emptying_both_fields_forgets_the_assistant() {
		WordPress_Fake::$options['xapp_assistant'] = self::STORED;

		$stored = Settings::sanitize( self::form( '', " \n" ) );

		$this->assertSame( array( 'assistant_url' => '', 'widget_key' => '', 'search_key' => '' ), array_slice( $stored, 0, 3 ) );
	}

	public function test_the_switches_are_booleans_from_the_checkboxes() {
		$stored = Settings::sanitize( self::form( self::snippet( 'widget', self::WIDGET_KEY ), '', array( 'replace_search_form' => '1' ) ) );

		$this->assertFalse( $stored['widget_enabled'] );
		$this->assertTrue( $stored['replace_search_form'] );
	}

	/** WordPress sanitises an option's first save twice (update_option, then add_option). */
	public function test_an_already_sanitised_value_passes_unchanged() {
		$this->assertSame( self::STORED, Settings::sanitize( self::STORED ) );
	}

	public function test_a_stored_form_value_with_a_foreign_url_or_key_is_refused() {
		WordPress_Fake::$options['xapp_assistant'] = self::STORED;

		$this->assertSame( self::STORED, Settings::sanitize( array( 'assistant_url' => 'https://evil.example/' ) + self::STORED ) );
		$this->assertSame( self::STORED, Settings::sanitize( array( 'widget_key' => '"><script>' ) + self::STORED ) );
		$this->assertSame( self::STORED, Settings::sanitize( 'not an array' ) );
	}

	public function test_a_damaged_option_reads_as_defaults_of_the_right_types() {
		WordPress_Fake::$options['xapp_assistant'] = array( 'assistant_url' => array( 'x' ), 'widget_enabled' => '0', 'other' => 1 );

		$this->assertSame( array_merge( Settings::DEFAULTS, array( 'widget_enabled' => false ) ), Settings::get() );
	}

	public function test_registers_the_option_with_its_sanitising_callback() {
		Settings::register();

		$args = WordPress_Fake::$hooks['register_setting:xapp_assistant'][0];
		$this->assertSame( array( Settings::class, 'sanitize' ), $args['sanitize_callback'] );
		$this->assertSame( Settings::DEFAULTS, $args['default'] );
	}
}
