<?php
/**
 * Deleting the plugin removes its option (the only thing it stores) from every site of the installation.
 *
 * @package XappAssistant
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $xapp_assistant_site ) {
		switch_to_blog( $xapp_assistant_site );
		delete_option( 'xapp_assistant' );
		restore_current_blog();
	}
} else {
	delete_option( 'xapp_assistant' );
}
