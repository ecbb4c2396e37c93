package org.diplomacykg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;

/**
 * {@code POST /kg/build}: a Fuseki operation on the dataset, so it sits behind Fuseki's login and
 * whatever guards the other dataset endpoints; every other method is 405. Answers with the
 * build's JSON report: 200, or 500 when the build failed as a whole and nothing was written.
 */
final class BuildAction extends BaseActionREST {
    static final Operation BUILD = Operation.alloc("urn:diplomacy-kg:operation:build", "build",
            "builds the new and changed input files into the served store");

    private final BuildTrigger trigger;

    BuildAction(BuildTrigger trigger) {
        this.trigger = trigger;
    }

    @Override
    protected void doPost(HttpAction action) {
        BuildTrigger.Answer answer = trigger.build();
        ServletOps.setNoCache(action);
        action.setResponseStatus(answer.ok() ? 200 : 500);
        action.setResponseContentType("application/json");
        action.setResponseCharacterEncoding("utf-8");
        byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
        action.setResponseContentLength(body.length);
        try {
            action.getResponseOutputStream().write(body);
        } catch (IOException e) {
            // the client went away; the build stands, and the server's output has its report
            action.log.debug("build report not delivered: {}", e.getMessage());
        }
    }
}
