<?php
/**
 * Plugin Name:       XAPP Assistant
 * Description:       Adds your website assistant to this site: the chat widget on every page and the assistant's search box where you want it. Paste the install snippets from your provider; no code to edit.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            XAPP
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       xapp-assistant
 * Domain Path:       /languages
 *
 * @package XappAssistant
 */

namespace Xapp\Assistant;

defined( 'ABSPATH' ) || exit;

const XAPP_ASSISTANT_VERSION = '0.1.0';

require_once __DIR__ . '/includes/class-parsed-snippet.php';
require_once __DIR__ . '/includes/class-snippet-error.php';
require_once __DIR__ . '/includes/class-snippet-parser.php';
require_once __DIR__ . '/includes/class-messages.php';
require_once __DIR__ . '/includes/class-settings.php';
require_once __DIR__ . '/includes/class-frontend.php';
require_once __DIR__ . '/includes/class-settings-page.php';

add_action(
	'init',
	function () {
		load_plugin_textdomain( 'xapp-assistant', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	}
);
Frontend::register();
if ( is_admin() ) {
	Settings_Page::register( plugin_basename( __FILE__ ) );
}
