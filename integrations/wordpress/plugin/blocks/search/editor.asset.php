<?php
/**
 * The editor script's dependencies, as register_block_type() reads them.
 *
 * @package XappAssistant
 */

return array(
	'dependencies' => array( 'wp-block-editor', 'wp-blocks', 'wp-element', 'wp-i18n' ),
	'version'      => '0.1.0',
);
