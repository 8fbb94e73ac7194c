<?php
/**
 * @package XappAssistant
 */

use PHPUnit\Framework\TestCase;
use Xapp\Assistant\Parsed_Snippet;
use Xapp\Assistant\Snippet_Error;
use Xapp\Assistant\Snippet_Parser;

/** What the settings accept as a snippet or key, and everything they refuse. */
final class SnippetParserTest extends TestCase {

	const WIDGET_KEY = 'wk_AbCdEfGhIjKlMnOpQrStUvWxYz0123-_';
	const SEARCH_KEY = 'sk_ZyXwVuTsRqPoNmLkJiHgFeDcBa9876_-';
	const BASE       = 'https://assist.partner.example/ast-acme-0123456789/';

	/** The operator's own snippets (InstallSnippets.scriptTag), as status.install and ReadyForInstallation carry them. */
	public function test_reads_the_operators_snippets() {
		$widget = Snippet_Parser::parse( '<script async src="' . self::BASE . 'widget.js" data-xapp-key="' . self::WIDGET_KEY . '"></script>', 'widget' );
		$search = Snippet_Parser::parse( '<script async src="' . self::BASE . 'search.js" data-xapp-key="' . self::SEARCH_KEY . '"></script>', 'search' );

		$this->assertEquals( new Parsed_Snippet( self::BASE, self::WIDGET_KEY ), $widget );
		$this->assertEquals( new Parsed_Snippet( self::BASE, self::SEARCH_KEY ), $search );
	}

	/**
	 * @dataProvider pasted_forms
	 */
	public function test_reads_the_snippet_however_it_was_pasted( $pasted, $base ) {
		$this->assertEquals( new Parsed_Snippet( $base, self::WIDGET_KEY ), Snippet_Parser::parse( $pasted, 'widget' ) );
	}

	public function pasted_forms() {
		$key = self::WIDGET_KEY;
		return array(
			'surrounded by white space and new lines' => array( "\n  <script async src=\"" . self::BASE . "widget.js\"\n   data-xapp-key=\"$key\"></script>\n", self::BASE ),
			'attributes in another order, single quotes' => array( "<script data-xapp-key='$key' src='" . self::BASE . "widget.js' async></script>", self::BASE ),
			'upper case tag, defer, no quotes'           => array( '<SCRIPT defer src=' . self::BASE . "widget.js data-xapp-key=$key></SCRIPT>", self::BASE ),
			'with a search target'                       => array( '<script async src="' . self::BASE . "widget.js\" data-xapp-key=\"$key\" data-xapp-target=\"#s\"></script>", self::BASE ),
			'HTML entities in the URL'                   => array( '<script async src="https&#58;//assist.partner.example/ast-acme-0123456789/widget.js" data-xapp-key="' . $key . '"></script>', self::BASE ),
			'host in upper case, port, path prefix'      => array( '<script async src="https://Assist.Partner.Example:8443/eu/v1/ast-acme-0123456789/widget.js" data-xapp-key="' . $key . '"></script>', 'https://assist.partner.example:8443/eu/v1/ast-acme-0123456789/' ),
			'plain http on this machine'                 => array( '<script async src="http://127.0.0.1:8081/brightside-dental/widget.js" data-xapp-key="' . $key . '"></script>', 'http://127.0.0.1:8081/brightside-dental/' ),
			'plain http on localhost'                    => array( '<script async src="http://localhost/brightside-dental/widget.js" data-xapp-key="' . $key . '"></script>', 'http://localhost/brightside-dental/' ),
		);
	}

	public function test_reads_a_key_alone() {
		$this->assertEquals( new Parsed_Snippet( null, self::WIDGET_KEY ), Snippet_Parser::parse( '  ' . self::WIDGET_KEY . "\n", 'widget' ) );
		$this->assertEquals( new Parsed_Snippet( null, self::SEARCH_KEY ), Snippet_Parser::parse( self::SEARCH_KEY, 'search' ) );
	}

	/**
	 * @dataProvider refused
	 */
	public function test_refuses_anything_else( $pasted, $code ) {
		$result = Snippet_Parser::parse( $pasted, 'widget' );

		$this->assertInstanceOf( Snippet_Error::class, $result );
		$this->assertSame( $code, $result->code );
	}

	public function refused() {
		$key  = self::WIDGET_KEY;
		$tag  = function ( $src, $more = '' ) use ( $key ) {
			return '<script async src="' . $src . '" data-xapp-key="' . $key . '"' . $more . '></script>';
		};
		$good = self::BASE . 'widget.js';
		return array(
			'nothing'                          => array( " \n ", Snippet_Error::EMPTY_INPUT ),
			'another site\'s script'           => array( '<script src="https://evil.example/x.js"></script>', Snippet_Error::NOT_A_SNIPPET ),
			'another site\'s script, with key' => array( $tag( 'https://evil.example/x.js' ), Snippet_Error::SCRIPT_URL ),
			'our file name on a bare host'     => array( $tag( 'https://evil.example/widget.js' ), Snippet_Error::SCRIPT_URL ),
			'a query'                          => array( $tag( $good . '?v=1' ), Snippet_Error::SCRIPT_URL ),
			'a fragment'                       => array( $tag( $good . '#x' ), Snippet_Error::SCRIPT_URL ),
			'credentials'                      => array( $tag( 'https://user:pw@assist.partner.example/ast-a/widget.js' ), Snippet_Error::SCRIPT_URL ),
			'a path going up'                  => array( $tag( 'https://assist.partner.example/x/../ast-a/widget.js' ), Snippet_Error::SCRIPT_URL ),
			'a protocol-relative URL'          => array( $tag( '//assist.partner.example/ast-a/widget.js' ), Snippet_Error::SCRIPT_URL ),
			'javascript:'                      => array( $tag( 'javascript:alert(1)//ast-a/widget.js' ), Snippet_Error::SCRIPT_URL ),
			'data:'                            => array( $tag( 'data:text/javascript,alert(1)' ), Snippet_Error::SCRIPT_URL ),
			'plain http elsewhere'             => array( $tag( 'http://assist.partner.example/ast-a/widget.js' ), Snippet_Error::INSECURE_URL ),
			'http on a look-alike host'        => array( $tag( 'http://127.0.0.1.evil.example/ast-a/widget.js' ), Snippet_Error::INSECURE_URL ),
			'a space in the URL'               => array( $tag( 'https://assist.partner.example/ast a/widget.js' ), Snippet_Error::SCRIPT_URL ),
			'an event handler'                 => array( $tag( $good, ' onload="alert(1)"' ), Snippet_Error::ATTRIBUTE ),
			'an attribute twice'               => array( $tag( $good, ' src="https://evil.example/widget.js"' ), Snippet_Error::ATTRIBUTE ),
			'inline code'                      => array( '<script async src="' . $good . '" data-xapp-key="' . $key . '">alert(1)</script>', Snippet_Error::NOT_A_SNIPPET ),
			'two tags'                         => array( $tag( $good ) . $tag( $good ), Snippet_Error::NOT_A_SNIPPET ),
			'text after the tag'               => array( $tag( $good ) . '<img src=x onerror=alert(1)>', Snippet_Error::NOT_A_SNIPPET ),
			'no key'                           => array( '<script async src="' . $good . '"></script>', Snippet_Error::NOT_A_SNIPPET ),
			'another element'                  => array( '<iframe src="' . $good . '"></iframe>', Snippet_Error::NOT_A_SNIPPET ),
			'the search snippet'               => array( '<script async src="' . self::BASE . 'search.js" data-xapp-key="' . self::SEARCH_KEY . '"></script>', Snippet_Error::OTHER_CHANNEL ),
			'the search key'                   => array( self::SEARCH_KEY, Snippet_Error::OTHER_CHANNEL ),
			'the search key in a widget tag'   => array( '<script async src="' . $good . '" data-xapp-key="' . self::SEARCH_KEY . '"></script>', Snippet_Error::OTHER_CHANNEL ),
			'a key with a quote'               => array( 'wk_abcdefghijklmnop"><script>', Snippet_Error::NOT_A_KEY ),
			'a key too short'                  => array( 'wk_abc', Snippet_Error::NOT_A_KEY ),
			'a bare URL'                       => array( $good, Snippet_Error::NOT_A_SNIPPET ),
			'a sentence'                       => array( 'my widget key', Snippet_Error::NOT_A_KEY ),
		);
	}
}
