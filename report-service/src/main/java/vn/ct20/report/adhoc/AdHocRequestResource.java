package vn.ct20.report.adhoc;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ct20.platform.paging.Page;
import vn.ct20.platform.paging.PageRequest;
import vn.ct20.platform.problem.Problem;

@Path("/api/v1/ad-hoc-requests")
@Tag(name = "Ad-hoc requests", description = "Ad-hoc report requests (báo cáo đột xuất) to units below the requesting unit")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class AdHocRequestResource {
    @Inject
    AdHocRequestService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAdHocRequest", summary = "Request an ad-hoc report (CONSOLIDATOR of the requesting unit)", description = "Publishes ct20.report.ad-hoc-requested.v1.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AdHocRequestDtos.AdHocRequestView.class)))
    @APIResponse(responseCode = "422", description = "Dates contradict each other, or a unit is not below the requesting unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull AdHocRequestDtos.CreateAdHocRequest request, UriInfo uri) {
        AdHocRequestDtos.AdHocRequestView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAdHocRequest", summary = "One ad-hoc request")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(schema = @Schema(implementation = AdHocRequestDtos.AdHocRequestView.class)))
    @APIResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AdHocRequestDtos.AdHocRequestView get(@PathParam("id") @Parameter(example = "6f1d7c5e-2b4a-4e7f-9a0c-3d2e1f0a9b8c") UUID id) {
        return AdHocRequestDtos.AdHocRequestView.of(service.get(id));
    }

    @GET
    @Operation(operationId = "listAdHocRequests", summary = "Ad-hoc requests made by or sent to units in the caller's scope")
    @Parameter(name = "sort", in = ParameterIn.QUERY, description = "Field to sort by; '-' in front for descending", schema = @Schema(enumeration = {"dueDate", "-dueDate", "createdAt", "-createdAt", "title", "-title"}))
    public Page<AdHocRequestDtos.AdHocRequestView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page).map(AdHocRequestDtos.AdHocRequestView::of);
    }
}
