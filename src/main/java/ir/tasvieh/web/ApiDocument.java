package ir.tasvieh.web;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /api/**} at {@code /v3/api-docs} (SPEC 9.8): the
 * operations, their answers and error codes come from the controllers' annotations, so
 * the document is the code's; this adds what is true of every operation.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocument {

	static final String BASIC = "basic";

	/** The error body's media type and an example, for the annotations. */
	static final String JSON = "application/json";

	static final String UNAUTHORIZED = "UNAUTHORIZED: no or wrong credentials (HTTP Basic); LOCKED after too many"
			+ " failed sign-ins";

	static final String FORBIDDEN = "FORBIDDEN: the user's role does not allow this";

	static final String NOT_FOUND = "NOT_FOUND: there is no run with this id";

	static final String BAD_PARAMETER = "BAD_PARAMETER: a parameter is missing or cannot be read";

	@Bean
	OpenAPI tasviehApi() {
		return new OpenAPI()
			.info(new Info().title("tasvieh JSON API")
				.version("0.1")
				.description("Hand in payout sheets, approve and follow their runs, read every row's result."
						+ " Field names are camelCase and amounts are integers in rials. An error is"
						+ " {\"error\": \"CODE\", \"message\": \"…\"} with the HTTP status given for it.")
				.license(new License().name("see the project's LICENSE")))
			.components(new Components().addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("basic")
						.description("A user of tasvieh.users; FINANCE uploads, MANAGER approves, rejects and"
								+ " retries, any user reads.")))
			.addSecurityItem(new SecurityRequirement().addList(BASIC));
	}

	/**
	 * Every operation needs sign-in, so every one answers 401 the same way: said once
	 * here rather than on each controller method.
	 */
	@Bean
	OpenApiCustomizer everyOperationAnswersUnauthorized() {
		return (api) -> api.getPaths()
			.values()
			.forEach(
					(path) -> path.readOperations()
						.forEach(
								(operation) -> operation.getResponses()
									.computeIfAbsent("401",
											(status) -> new ApiResponse().description(UNAUTHORIZED)
												.content(new Content().addMediaType(JSON, new MediaType()
													.schema(new Schema<>().$ref("#/components/schemas/ApiError"))
													.example(Map.of("error", "UNAUTHORIZED", "message", "…")))))));
	}

}
