package org.diplomacykg.serve;

import java.nio.file.Path;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.ee10.servlet.security.ConstraintMapping;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.UserStore;

/**
 * The HTTP Basic login of the users in the password file. Fuseki adds the write endpoints to it;
 * this puts the server's own pages under {@code /$/} (statistics, the server description and
 * whatever else Fuseki serves there) behind it too, all but {@code /$/ping}, which says only that
 * the server is up.
 */
final class AdminLogin {
    static final String REALM = "diplomacy-kg";
    static final String ADMIN = "/$/*";
    static final String PING = "/$/ping";

    private AdminLogin() {
    }

    static ConstraintSecurityHandler of(Path passwordFile) {
        UserStore users = JettySecurityLib.makeUserStore(passwordFile.toString());
        ConstraintSecurityHandler login = JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC);
        // the store rereads the file every few seconds; managed, it stops with the server instead of outliving it
        login.addBean(users, true);
        JettySecurityLib.addPathConstraint(login, ADMIN);
        ConstraintMapping open = new ConstraintMapping();
        open.setPathSpec(PING);
        open.setConstraint(Constraint.ALLOWED);
        login.addConstraintMapping(open);
        return login;
    }
}
