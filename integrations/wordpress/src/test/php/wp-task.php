<?php
/**
 * Test set-up that WordPress has no page for, run with PHP's command line against the test's WordPress
 * (WordPressSite.task): php wp-task.php <WordPress directory> <site URL> <task> [arguments]
 *
 *   limited-admin <login> <password>  an administrator whose manage_options is taken away
 *   pages                             the pages the browser test visits; prints their URLs as JSON
 *
 * @package XappAssistant
 */

if ( PHP_SAPI !== 'cli' || $argc < 4 ) {
	fwrite( STDERR, "usage: php wp-task.php <WordPress directory> <site URL> <task> [arguments]\n" );
	exit( 2 );
}
$site                   = parse_url( $argv[2] );
$_SERVER['HTTP_HOST']   = $site['host'] . ( isset( $site['port'] ) ? ':' . $site['port'] : '' );
$_SERVER['REQUEST_URI'] = '/';
define( 'WP_USE_THEMES', false );
require rtrim( $argv[1], '/' ) . '/wp-load.php';

switch ( $argv[3] ) {
	case 'limited-admin':
		$id = wp_insert_user(
			array(
				'user_login' => $argv[4],
				'user_pass'  => $argv[5],
				'user_email' => $argv[4] . '@example.test',
				'role'       => 'administrator',
			)
		);
		if ( is_wp_error( $id ) ) {
			fwrite( STDERR, $id->get_error_message() . "\n" );
			exit( 1 );
		}
		// A user's own capability overrides its role's.
		( new WP_User( $id ) )->add_cap( 'manage_options', false );
		echo wp_json_encode( array( 'id' => $id, 'manage_options' => user_can( $id, 'manage_options' ) ) ), "\n";
		break;
	case 'pages':
		$pages = array(
			'shortcode'  => array( 'Search with the shortcode', "<p>Find anything on our site:</p>\n[xapp_search]" ),
			'block'      => array( 'Search with the block', '<!-- wp:paragraph --><p>Find anything on our site:</p><!-- /wp:paragraph --><!-- wp:xapp-assistant/search /-->' ),
			'themesearch' => array( 'The theme search form', '<!-- wp:search {"label":"Search","buttonText":"Search"} /-->' ),
		);
		$urls  = array();
		foreach ( $pages as $name => $page ) {
			$id = wp_insert_post(
				array(
					'post_type'    => 'page',
					'post_status'  => 'publish',
					'post_title'   => $page[0],
					'post_content' => $page[1],
				),
				true
			);
			if ( is_wp_error( $id ) ) {
				fwrite( STDERR, $id->get_error_message() . "\n" );
				exit( 1 );
			}
			$urls[ $name ] = get_permalink( $id );
		}
		echo wp_json_encode( $urls ), "\n";
		break;
	default:
		fwrite( STDERR, 'unknown task ' . $argv[3] . "\n" );
		exit( 2 );
}
