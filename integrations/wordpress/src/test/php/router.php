<?php
/**
 * PHP's built-in server routing as WordPress's .htaccess makes Apache route (WordPressSite starts the server with
 * it): under /wp/, what is not a file or directory goes to WordPress's index.php (pretty permalinks, /wp-json/);
 * everything else is served as it is (the fixture site's pages, WordPress's own files and scripts).
 *
 * @package XappAssistant
 */

$xapp_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( 0 !== strpos( $xapp_path, '/wp/' ) || file_exists( $_SERVER['DOCUMENT_ROOT'] . $xapp_path ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME']     = '/wp/index.php';
$_SERVER['PHP_SELF']        = '/wp/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/wp/index.php';
chdir( $_SERVER['DOCUMENT_ROOT'] . '/wp' );
require $_SERVER['SCRIPT_FILENAME'];
