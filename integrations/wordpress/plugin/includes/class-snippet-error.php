<?php
/**
 * Why a pasted snippet or key was refused.
 *
 * @package XappAssistant
 */

namespace Xapp\Assistant;

defined( 'ABSPATH' ) || exit;

/** A refusal as a code (the settings word it for the customer) and, for some codes, what was at fault. */
final class Snippet_Error {

	const EMPTY_INPUT   = 'empty';
	const NOT_A_SNIPPET = 'not_a_snippet';
	const NOT_A_KEY     = 'not_a_key';
	const ATTRIBUTE     = 'attribute';
	const SCRIPT_URL    = 'script_url';
	const INSECURE_URL  = 'insecure_url';
	const OTHER_CHANNEL = 'other_channel';

	/**
	 * One of the constants above.
	 *
	 * @var string
	 */
	public $code;

	/**
	 * What was at fault (an attribute name), or ''.
	 *
	 * @var string
	 */
	public $detail;

	/**
	 * @param string $code   One of the constants above.
	 * @param string $detail What was at fault.
	 */
	public function __construct( $code, $detail = '' ) {
		$this->code   = $code;
		$this->detail = $detail;
	}
}
