package org.custodian.console.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.custodian.console.ConsoleProperties;
import org.custodian.console.signin.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** The four services, each called with the signed-in person's token. */
@Component
public class ServiceApis {

    private final ServiceApi request;
    private final ServiceApi policy;
    private final ServiceApi release;
    private final ServiceApi audit;

    ServiceApis(ConsoleProperties properties, RestClient.Builder builder, ObjectMapper json, CurrentUser user) {
        ConsoleProperties.Services services = properties.services();
        this.request = new ServiceApi("request", services.request(), builder, json, user::token);
        this.policy = new ServiceApi("policy", services.policy(), builder, json, user::token);
        this.release = new ServiceApi("release", services.release(), builder, json, user::token);
        this.audit = new ServiceApi("audit", services.audit(), builder, json, user::token);
    }

    public ServiceApi request() {
        return request;
    }

    public ServiceApi policy() {
        return policy;
    }

    public ServiceApi release() {
        return release;
    }

    public ServiceApi audit() {
        return audit;
    }
}
