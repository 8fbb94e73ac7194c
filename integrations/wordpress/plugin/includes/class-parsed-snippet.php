<?php
/**
 * What a pasted snippet or key gave.
 *
 * @package XappAssistant
 */

namespace Xapp\Assistant;

defined( 'ABSPATH' ) || exit;

/** An assistant's public base URL (null when only a key was pasted) and a channel key. */
final class Parsed_Snippet {

	/**
	 * The assistant's public base URL, ending in `/`; null when only a key was pasted.
	 *
	 * @var string|null
	 */
	public $base_url;

	/**
	 * The channel's public key.
	 *
	 * @var string
	 */
	public $key;

	/**
	 * @param string|null $base_url The assistant's public base URL.
	 * @param string      $key      The channel key.
	 */
	public function __construct( $base_url, $key ) {
		$this->base_url = $base_url;
		$this->key      = $key;
	}
}
