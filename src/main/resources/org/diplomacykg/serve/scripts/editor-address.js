// The Fuseki query editor derives every server address from its own location, so it is moved to
// the server root (keeping its #/… route) before it starts: it then queries /kg/sparql.
history.replaceState(null, '', '/' + (location.hash || '#/dataset/kg/query'));
