// A reloaded query-editor address (/#/dataset/…) belongs to the editor at /ui/.
if (location.hash.indexOf('#/') === 0) location.replace('/ui/' + location.hash);
