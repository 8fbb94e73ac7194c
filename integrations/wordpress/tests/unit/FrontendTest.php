<?php
/**
 * @package XappAssistant
 */

use PHPUnit\Framework\TestCase;
use Xapp\Assistant\Frontend;

/** The tags the plugin prints for visitors. */
final class FrontendTest extends TestCase {

	const BASE = 'https://assist.partner.example/ast-acme-0123456789/';

	protected function setUp(): void {
		WordPress_Fake::reset();
	}

	private static function configure( array $settings = array() ) {
		WordPress_Fake::$options['xapp_assistant'] = $settings + array(
			'assistant_url'       => self::BASE,
			'widget_key'          => 'wk_AbCdEfGhIjKlMnOpQrStUvWxYz012345',
			'search_key'          => 'sk_ZyXwVuTsRqPoNmLkJiHgFeDcBa987654',
			'widget_enabled'      => true,
			'replace_search_form' => false,
		);
	}

	public function test_the_widget_script_goes_in_the_footer_without_a_version_query() {
		self::configure();

		Frontend::enqueue_widget();

		$this->assertSame( array( self::BASE . 'widget.js', array(), null, true ), WordPress_Fake::$enqueued['xapp-assistant-widget'] );
	}

	public function test_its_tag_is_the_snippets_async_with_the_key() {
		self::configure();

		$tag = Frontend::widget_tag( "<script src='x'></script>\n", 'xapp-assistant-widget' );

		$this->assertSame( '<script async src="' . self::BASE . 'widget.js" data-xapp-key="wk_AbCdEfGhIjKlMnOpQrStUvWxYz012345" id="xapp-assistant-widget-js"></script>', $tag );
		$this->assertSame( '<script src="other"></script>', Frontend::widget_tag( '<script src="other"></script>', 'jquery' ) );
	}

	/**
	 * @dataProvider no_widget
	 */
	public function test_no_widget_when( array $settings, $admin ) {
		self::configure( $settings );
		WordPress_Fake::$is_admin = $admin;

		Frontend::enqueue_widget();

		$this->assertSame( array(), WordPress_Fake::$enqueued );
	}

	public function no_widget() {
		return array(
			'switched off'        => array( array( 'widget_enabled' => false ), false ),
			'no widget key'       => array( array( 'widget_key' => '' ), false ),
			'no assistant'        => array( array( 'assistant_url' => '' ), false ),
			'on an admin page'    => array( array(), true ),
		);
	}

	public function test_the_search_box_is_the_search_script_where_it_stands() {
		self::configure();

		$this->assertSame( '<div class="xapp-search"><script async src="' . self::BASE . 'search.js" data-xapp-key="sk_ZyXwVuTsRqPoNmLkJiHgFeDcBa987654"></script></div>', Frontend::search_box() );
	}

	public function test_no_search_box_without_a_search_key() {
		self::configure( array( 'search_key' => '' ) );

		$this->assertSame( '', Frontend::search_box() );
	}

	public function test_the_theme_search_form_is_replaced_only_when_asked() {
		self::configure();
		Frontend::register();
		$this->assertArrayNotHasKey( 'get_search_form', WordPress_Fake::$hooks );
		$this->assertSame( array( array( Frontend::class, 'search_box' ) ), WordPress_Fake::$hooks['shortcode:xapp_search'] );

		WordPress_Fake::reset();
		self::configure( array( 'replace_search_form' => true ) );
		Frontend::register();
		$this->assertSame( array( array( Frontend::class, 'theme_search_form' ) ), WordPress_Fake::$hooks['get_search_form'] );
		$this->assertSame( array( array( Frontend::class, 'theme_search_form' ) ), WordPress_Fake::$hooks['render_block_core/search'] );
		$this->assertStringContainsString( 'search.js', Frontend::theme_search_form( '<form role="search"></form>' ) );
	}

	public function test_the_theme_search_form_stays_while_search_is_not_set_up() {
		self::configure( array( 'search_key' => '', 'replace_search_form' => true ) );

		$this->assertSame( '<form role="search"></form>', Frontend::theme_search_form( '<form role="search"></form>' ) );
	}
}
