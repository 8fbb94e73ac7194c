<?php
/**
 * Just enough of WordPress for the plugin's classes to run under PHPUnit: options in memory, hooks and settings
 * errors recorded, translation and escaping as WordPress does them for plain ASCII. Tests reset it with
 * WordPress_Fake::reset().
 *
 * @package XappAssistant
 */

error_reporting( E_ALL );
define( 'ABSPATH', __DIR__ . '/' );

/** What the plugin asked of WordPress. */
final class WordPress_Fake {
	/** @var array<string,mixed> */
	public static $options = array();
	/** @var array<string,array<int,array>> hook name to [callback, ...] */
	public static $hooks = array();
	/** @var array<int,array{setting:string,code:string,message:string,type:string}> */
	public static $settings_errors = array();
	/** @var array<string,array> handle to [src, deps, ver, in_footer] */
	public static $enqueued = array();
	/** @var bool */
	public static $is_admin = false;

	public static function reset() {
		self::$options         = array();
		self::$hooks           = array();
		self::$settings_errors = array();
		self::$enqueued        = array();
		self::$is_admin        = false;
	}
}

function __( $text, $domain = 'default' ) {
	return $text;
}
function esc_html__( $text, $domain = 'default' ) {
	return esc_html( $text );
}
function esc_attr( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' );
}
function esc_html( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' );
}
function esc_textarea( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' );
}
function get_option( $name, $default = false ) {
	return array_key_exists( $name, WordPress_Fake::$options ) ? WordPress_Fake::$options[ $name ] : $default;
}
function register_setting( $group, $name, $args = array() ) {
	WordPress_Fake::$hooks[ 'register_setting:' . $name ][] = $args;
}
function add_settings_error( $setting, $code, $message, $type = 'error' ) {
	WordPress_Fake::$settings_errors[] = compact( 'setting', 'code', 'message', 'type' );
}
function add_filter( $hook, $callback, $priority = 10, $args = 1 ) {
	WordPress_Fake::$hooks[ $hook ][] = $callback;
}
function add_action( $hook, $callback, $priority = 10, $args = 1 ) {
	add_filter( $hook, $callback );
}
function add_shortcode( $tag, $callback ) {
	add_filter( 'shortcode:' . $tag, $callback );
}
function is_admin() {
	return WordPress_Fake::$is_admin;
}
function wp_enqueue_script( $handle, $src = '', $deps = array(), $ver = false, $in_footer = false ) {
	WordPress_Fake::$enqueued[ $handle ] = array( $src, $deps, $ver, $in_footer );
}
/** As WordPress 6.1 builds it for a theme with HTML5 script support. */
function wp_get_script_tag( $attributes ) {
	$html = '<script';
	foreach ( $attributes as $name => $value ) {
		$html .= is_bool( $value ) ? ( $value ? ' ' . $name : '' ) : sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	return $html . "></script>\n";
}

$plugin = dirname( __DIR__, 2 ) . '/plugin';
foreach ( array( 'parsed-snippet', 'snippet-error', 'snippet-parser', 'messages', 'settings', 'frontend' ) as $class ) {
	require_once $plugin . '/includes/class-' . $class . '.php';
}
