package nl.entree.common.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

import nl.entree.common.problem.Problem;

/**
 * Says once, for every service, what the problem mappers guarantee: every error under {@code /api} is problem+json,
 * and every endpoint there needs a token and a role. A resource declares only the errors particular to it, and a
 * 403 wording of its own where the rule is sharper than a role (a region, the lead organisation).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    static final String SCHEMA_REF = "#/components/schemas/Problem";

    /** The descriptions Quarkus writes when it adds 401 and 403 by itself; ours say what the caller can do. */
    private static final Map<String, String> GENERIC = Map.of(
            "401", "No valid bearer token",
            "403", "The role does not allow this");
    private static final Map<String, String> QUARKUS_DEFAULTS = Map.of(
            "401", "Not Authorized",
            "403", "Not Allowed");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            Map<PathItem.HttpMethod, Operation> operations = path.getValue().getOperations();
            if (operations != null) {
                operations.values().forEach(ProblemResponses::describeErrors);
            }
        }
    }

    static void describeErrors(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        GENERIC.forEach((code, description) -> {
            APIResponse response = responses.getAPIResponse(code);
            if (response == null) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
            } else if (response.getDescription() == null || response.getDescription().equals(QUARKUS_DEFAULTS.get(code))) {
                response.setDescription(description);
            }
        });
        if (responses.getAPIResponses() == null) {
            return;
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (isError(code) && response.getRef() == null && isEmpty(response.getContent())) {
                response.setContent(problemContent());
            }
        });
    }

    private static boolean isError(String code) {
        return code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
    }

    private static boolean isEmpty(Content content) {
        return content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty();
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA_REF)));
    }
}
