/* The search block in the editor: a placeholder. The box itself is rendered on the server (Frontend::search_box)
 * and drawn by the assistant's script on the published page. No build step: plain script on the editor's globals. */
( function ( blocks, element, i18n, blockEditor ) {
	blocks.registerBlockType( 'xapp-assistant/search', {
		edit: function () {
			return element.createElement(
				'div',
				blockEditor.useBlockProps( { className: 'components-placeholder' } ),
				element.createElement( 'strong', null, i18n.__( 'Assistant search box', 'xapp-assistant' ) ),
				element.createElement( 'p', null, i18n.__( 'The search box appears here on the published page.', 'xapp-assistant' ) )
			);
		},
		save: function () {
			return null;
		},
	} );
}( window.wp.blocks, window.wp.element, window.wp.i18n, window.wp.blockEditor ) );
