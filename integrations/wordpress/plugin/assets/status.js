/* Settings page: asks the assistant for its public configuration from this browser, as a visitor's browser would,
 * so that its origin check applies to this site, and says what it answered. */
( function () {
	var line = document.getElementById( 'xapp-assistant-status' );
	var text = window.xappAssistantStatus;
	if ( ! line || ! text || ! line.getAttribute( 'data-url' ) ) {
		return;
	}
	var url = line.getAttribute( 'data-url' );

	function show( kind, message ) {
		line.className = 'notice inline notice-' + kind;
		line.textContent = message;
	}

	function fill( template, value ) {
		return template.replace( '%s', value );
	}

	fetch( url + 'api/config', {
		headers: { 'X-Xapp-Key': line.getAttribute( 'data-key' ) },
		credentials: 'omit',
		mode: 'cors',
	} ).then( function ( response ) {
		return response.json().catch( function () {
			return {};
		} ).then( function ( body ) {
			if ( response.ok ) {
				show( 'success', fill( text.answers, body.name || '' ) );
			} else if ( 403 === response.status ) {
				show( 'error', fill( text.origin403, text.origin ) );
			} else if ( 401 === response.status ) {
				show( 'error', text.key401 );
			} else if ( 429 === response.status ) {
				show( 'warning', text.busy429 );
			} else {
				show( 'error', fill( text.failed, response.status ) );
			}
		} );
	}, function () {
		// The runtime answers a refused origin without CORS headers, which the browser reports as a network failure.
		// Whether the assistant is reachable at all tells the two apart: an opaque fetch of its script needs no CORS.
		fetch( url + 'widget.js', { mode: 'no-cors', credentials: 'omit' } ).then( function () {
			show( 'error', fill( text.origin403, text.origin ) );
		}, function () {
			show( 'error', fill( text.offline, url ) );
		} );
	} );
}() );
