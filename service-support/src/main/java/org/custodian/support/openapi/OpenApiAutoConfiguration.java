package org.custodian.support.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The OpenAPI document at {@code /v3/api-docs}: the service's name and its bearer-JWT scheme. */
@AutoConfiguration
public class OpenApiAutoConfiguration {

    @Bean
    OpenAPI custodianOpenApi(@Value("${spring.application.name}") String service,
                             @Value("${custodian.api.description:Custodian}") String description) {
        return new OpenAPI()
                .info(new Info().title("Custodian " + service).version("v1").description(description))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
